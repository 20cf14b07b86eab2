// Package metadata is the object model of a 1C:Enterprise configuration or
// configuration extension as the Designer dumps it to XML ("Hierarchical"
// format, versions 2.9–2.20), plus the merged view the platform builds when
// it applies an extension to its base configuration.
//
// The model is produced by the sub-package xmlread and validated by the
// sub-package check; the emulator's upper layers (infobase, client, forms)
// consume it through Configuration.Lookup / ByKind and Merged.Lookup.
//
// Design:
//
//   - One Object type for every metadata object kind. What all kinds share
//     (name, uuid, adoption, the raw property list in file order, child
//     objects, forms, modules) lives in plain fields; what only one kind has
//     (common-module flags, a subscription's handler, a job's schedule, a
//     role's rights, a subsystem's content) hangs off an optional pointer.
//     Kinds the emulator does not model are read by the same generic code and
//     listed in Configuration.NotModelled: never silently dropped.
//   - Properties are kept in file order (Object.Props) with positions, so a
//     checker can compare the property set and order with what the declared
//     format version allows, and a merge can compare controlled properties by
//     their canonical text (Prop.CanonText).
//   - Module texts are not kept: a Module records its path and reads the
//     file on demand, so memory is proportional to what is kept, not to the
//     size of the dump.
//   - Names are case-insensitive, as in 1C: lookups fold case once with Fold.
//   - The package never runs code and never touches the network; it reads
//     nothing itself except module texts on request.
package metadata
