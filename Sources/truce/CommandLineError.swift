import TruceCore

/// A bad command-line value, reported like bad input data (exit 65).
func commandLineError(field: String, message: String) -> InputError {
    InputError(file: "command line", field: field, message: message)
}
