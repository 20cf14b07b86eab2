// Package xmlread reads a 1C Designer XML dump (configuration or extension,
// "Hierarchical" format 2.9–2.20) into the metadata object model.
//
// It owns everything about files: which file belongs to which object
// (Catalogs/X.xml, Catalogs/X/Forms/F.xml, Catalogs/X/Forms/F/Ext/Form.xml,
// …/Ext/ObjectModule.bsl, Roles/R/Ext/Rights.xml, …), XML well-formedness,
// the format version of every file, ChildObjects ↔ files in both
// directions, and positions (file:line:col) of every element a later check
// may report on. Semantic rules (references, handlers, standards) live in
// the sibling package check.
//
// Reading is streaming (encoding/xml RawToken) into a small per-file element
// tree that is mapped into the model and dropped; module texts are not read.
// Object files are read in parallel, one goroutine per CPU.
//
// Problems found while reading are returned, never printed; Read fails with
// an error only when the directory holds no Configuration.xml at all.
package xmlread
