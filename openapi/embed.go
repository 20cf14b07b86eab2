// Package openapi holds the contract of the Wazzup v3 API subset the 1C:УНФ
// extension uses (wazzup-v3.yaml) and loads it for Go code.
//
// The YAML file is the single source of truth: mockwazzup routes and
// validates requests from it, its tests validate every response against it,
// and the extension's developers read it as the API reference. Comments
// starting with "READING:" in the file record where Wazzup's documentation is
// silent or contradicts itself and which reading the contract takes (always
// the strict one).
//
// Load parses and validates the document afresh on every call; callers keep
// the result (it is read-only after loading).
package openapi

import (
	"context"
	"embed"
	"fmt"

	"github.com/getkin/kin-openapi/openapi3"
)

// FileName is the contract's file name inside this package.
const FileName = "wazzup-v3.yaml"

//go:embed wazzup-v3.yaml
var files embed.FS

// YAML returns the contract's text.
func YAML() []byte {
	b, err := files.ReadFile(FileName)
	if err != nil { // cannot happen: the file is embedded at build time
		panic(fmt.Sprintf("openapi: embedded %s missing: %v", FileName, err))
	}
	return b
}

// Load parses the contract and validates it as an OpenAPI 3 document. Errors
// name the file and, where kin-openapi knows it, the element at fault.
func Load() (*openapi3.T, error) {
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	doc, err := loader.LoadFromData(YAML())
	if err != nil {
		return nil, fmt.Errorf("openapi/%s: %w", FileName, err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("openapi/%s: invalid OpenAPI document: %w", FileName, err)
	}
	return doc, nil
}
