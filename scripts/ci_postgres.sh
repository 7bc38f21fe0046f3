#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the test suite (Debian; run as root).
#
#   scripts/ci_postgres.sh COMMAND [ARGS...]   start a cluster, run COMMAND with
#                                              PARTNERDESK_TEST_DATABASE_URL set, stop it
#   scripts/ci_postgres.sh start               start one and print the export line
#   scripts/ci_postgres.sh stop                stop it and remove its files
#
# Installs Debian's postgresql when no server is installed. The cluster lives in a fixed
# folder under /var/tmp (a left-over one from an interrupted run is stopped and replaced),
# listens on 127.0.0.1 only, trusts local connections, and runs without fsync: it holds
# nothing worth keeping, and without autovacuum: each test's database lives for seconds. The
# tests connect as the role "partnerdesk" (LOGIN CREATEDB, not a superuser), as a team's server
# would have it; pg_trgm is a trusted extension, so the owner of each test database may create
# it. Membership of pg_signal_backend lets the tests drop a database a worker is still on.
set -euo pipefail

PORT="${PARTNERDESK_CI_PG_PORT:-5433}"
ROLE="partnerdesk"
BASE="/var/tmp/partnerdesk-ci-pg-$PORT"
DATA="$BASE/data"
URL="postgresql+psycopg://$ROLE@127.0.0.1:$PORT/postgres"

say() { echo "ci_postgres: $*" >&2; }

apt_get() {
    # NOTE: apt drops to the _apt user for signature checks, which fails when /tmp is not
    # world-writable (as in some containers); running those checks as root avoids that.
    DEBIAN_FRONTEND=noninteractive apt-get -q -o APT::Sandbox::User=root "$@" </dev/null
}

server_bin() {
    local dir
    dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
    if [[ -n "$dir" && -x "$dir/pg_ctl" && -x "$dir/initdb" ]]; then
        echo "$dir"
    fi
}

install_server() {
    if [[ -n "$(server_bin)" ]]; then
        return
    fi
    say "installing Debian's postgresql"
    apt_get update >/dev/null
    apt_get install -y --no-install-recommends postgresql >/dev/null
    if [[ -z "$(server_bin)" ]]; then
        say "postgresql was installed but its server programs were not found"
        exit 1
    fi
}

as_postgres() {
    runuser -u postgres -- "$@"
}

stop_cluster() {
    local bin
    bin="$(server_bin)"
    if [[ -n "$bin" && -f "$DATA/postmaster.pid" ]]; then
        as_postgres "$bin/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$BASE"
}

start_cluster() {
    install_server
    local bin locale_opt
    bin="$(server_bin)"
    stop_cluster
    mkdir -p "$BASE"
    chown postgres: "$BASE"
    chmod 700 "$BASE"
    locale_opt="--no-locale"
    if locale -a 2>/dev/null | grep -qix 'C.utf-\?8'; then
        locale_opt="--locale=C.UTF-8"
    fi
    as_postgres "$bin/initdb" -D "$DATA" -U postgres -A trust -E UTF8 "$locale_opt" \
        --no-sync --no-instructions >"$BASE/initdb.log" 2>&1 || {
        cat "$BASE/initdb.log" >&2
        exit 1
    }
    cat >>"$DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$BASE'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
autovacuum = off
EOF
    # Loopback only, and only for this throwaway cluster: trust instead of passwords.
    cat >"$DATA/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 trust
EOF
    as_postgres "$bin/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w -t 60 start >/dev/null || {
        cat "$BASE/server.log" >&2
        exit 1
    }
    as_postgres "$bin/psql" -h "$BASE" -p "$PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $ROLE LOGIN CREATEDB" -c "GRANT pg_signal_backend TO $ROLE" >/dev/null
    say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT ($DATA)"
}

if [[ "$(id -u)" != 0 ]]; then
    say "run me as root (I install packages and start the server as the postgres user)"
    exit 1
fi

case "${1:-}" in
    "")
        echo "usage: $0 start | stop | COMMAND [ARGS...]" >&2
        exit 2
        ;;
    start)
        start_cluster
        echo "export PARTNERDESK_TEST_DATABASE_URL=$URL"
        ;;
    stop)
        stop_cluster
        ;;
    *)
        trap stop_cluster EXIT
        start_cluster
        export PARTNERDESK_TEST_DATABASE_URL="$URL"
        echo "PARTNERDESK_TEST_DATABASE_URL=$URL"
        "$@"
        ;;
esac
