"""Pure domain: enumerations, value normalisation and validation. No Qt, no SQL."""
