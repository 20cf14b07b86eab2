package main

import (
	"wazzup-unf/mock1c/metadata/check"
	"wazzup-unf/mock1c/metadata/check/bslcheck"
)

// moduleAnalyzer returns the BSL analyzer for the module rules.
func moduleAnalyzer() check.ModuleAnalyzer { return bslcheck.New() }
