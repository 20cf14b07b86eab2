package yaxunit

import (
	"fmt"
	"sort"
	"strings"

	"wazzup-unf/mock1c/bsl/interp"
	"wazzup-unf/mock1c/metadata"
	"wazzup-unf/mock1c/metadata/xmlread"
)

// Dumps names the three Designer dumps a unit-test run loads: the base
// configuration, the product extension it extends, and the test extension
// (YAxUnit test modules) applied on top.
type Dumps struct {
	Base      string // e.g. mock1c/basecfg/unf
	Extension string // e.g. onec-extension/src
	Tests     string // e.g. onec-extension/tests
}

// Loaded is a World with every common module of the three dumps registered,
// the library, the platform-layer placeholders and YAxUnit installed, plus
// the test modules found in the test extension.
type Loaded struct {
	World   *interp.World
	Modules []TestModule
	// ExtensionName and TestsName are the extensions' names from their
	// Configuration.xml ("Wazzup", "WazzupТесты").
	ExtensionName, TestsName string
}

// TestModule is a common module of the test extension that YAxUnit treats
// as a test module: not global, with an exported ИсполняемыеСценарии. Flags
// decide the contexts its tests run in by default.
type TestModule struct {
	Name  string // "ОМ_WazzupДанные"
	Flags interp.ModuleFlags
}

// FullName is the platform's module name: "ОбщийМодуль.<Имя>.Модуль".
func (m TestModule) FullName() string { return moduleName(m.Name) }

func moduleName(ident string) string { return "ОбщийМодуль." + ident + ".Модуль" }

// FlagsOf converts a common module's metadata flags to the interpreter's.
func FlagsOf(f *metadata.CommonModuleFlags) interp.ModuleFlags {
	if f == nil {
		return interp.ModuleFlags{}
	}
	return interp.ModuleFlags{
		Server: f.Server, ClientManaged: f.ClientManagedApplication, ClientOrdinary: f.ClientOrdinaryApplication,
		ExternalConnection: f.ExternalConnection, ServerCall: f.ServerCall, Global: f.Global, Privileged: f.Privileged,
	}
}

// SourceOverride replaces a module's text when loading (the harness's
// control test builds a deliberately broken copy of an extension module in
// memory). Key: the module's identifier ("WazzupКлиентСервер").
type SourceOverride map[string][]byte

// Load reads the dumps with xmlread (base + extension merged as the platform
// applies the extension; the test extension read on its own, since it
// adopts nothing but the language) and registers every common module in a
// new World under its platform name, with its kind and flags. Modules of an
// extension carry its name, so an adopted module (same name as a base
// module) extends the base module as on the platform.
//
// Reading problems of the dumps (what onec-check reports) are not errors
// here: only a dump that cannot be read or a module file that is missing is.
func Load(d Dumps, override SourceOverride) (*Loaded, error) {
	merged, _, err := xmlread.ReadMerged(d.Base, d.Extension)
	if err != nil {
		return nil, err
	}
	if merged == nil {
		return nil, fmt.Errorf("yaxunit: %s + %s: the dumps could not be merged", d.Base, d.Extension)
	}
	tests, err := xmlread.Read(d.Tests)
	if err != nil {
		return nil, err
	}
	if tests.Config == nil {
		return nil, fmt.Errorf("yaxunit: %s: no configuration read", d.Tests)
	}
	w := interp.NewWorld()
	w.AddStdlib()
	AddPlaceholders(w)
	Install(w)
	l := &Loaded{World: w, ExtensionName: configName(merged.Ext), TestsName: configName(tests.Config)}
	used := map[string]bool{}
	add := func(o *metadata.Object, ext string) error {
		for _, m := range o.Modules {
			if m.Kind != metadata.ModuleCommon {
				continue
			}
			src, err := m.Source()
			if err != nil {
				return fmt.Errorf("yaxunit: common module %s: %w", o.Name, err)
			}
			if ov, ok := override[o.Name]; ok {
				src = ov
				used[o.Name] = true
			}
			w.AddModule(interp.ModuleSpec{Name: moduleName(o.Name), Ident: o.Name, File: m.AbsPath(), Source: src,
				Kind: interp.CommonModule, Flags: FlagsOf(o.ModuleFlags), Extension: ext})
		}
		return nil
	}
	for _, mo := range merged.ByKind(metadata.KindCommonModule) {
		if mo.Base != nil {
			if err := add(mo.Base, ""); err != nil {
				return nil, err
			}
		}
		if mo.Ext != nil {
			ext := mo.Ext
			if mo.Base != nil && ext.ModuleFlags == nil {
				// an adopted module's flags are the base module's (controlled properties)
				cp := *ext
				cp.ModuleFlags = mo.Base.ModuleFlags
				ext = &cp
			}
			if err := add(ext, l.ExtensionName); err != nil {
				return nil, err
			}
		}
	}
	for _, o := range tests.Config.ByKind(metadata.KindCommonModule) {
		if err := add(o, l.TestsName); err != nil {
			return nil, err
		}
		if o.ModuleFlags != nil && !o.ModuleFlags.Global && strings.HasPrefix(o.Name, "ОМ_") {
			l.Modules = append(l.Modules, TestModule{Name: o.Name, Flags: FlagsOf(o.ModuleFlags)})
		}
	}
	var unused []string
	for name := range override {
		if !used[name] {
			unused = append(unused, name)
		}
	}
	if len(unused) > 0 {
		sort.Strings(unused)
		return nil, fmt.Errorf("yaxunit: source override for unknown common modules %v", unused)
	}
	sort.Slice(l.Modules, func(i, j int) bool { return l.Modules[i].Name < l.Modules[j].Name })
	return l, nil
}

func configName(c *metadata.Configuration) string {
	if c == nil {
		return ""
	}
	if root := c.Root; root != nil {
		return root.Name
	}
	return ""
}
