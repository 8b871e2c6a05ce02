"""Language data, kept apart from the code that uses it.  Data only: no logic here."""
