package main

import "wazzup-unf/mock1c/metadata/check"

// moduleAnalyzer returns the BSL analyzer for the module rules, or nil
// while the BSL front end is not available.
func moduleAnalyzer() check.ModuleAnalyzer { return nil }
