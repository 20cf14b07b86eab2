package interp

// addLibrary registers the library of ordinary code for the tests.
func addLibrary(w *World) { w.AddStdlib() }
