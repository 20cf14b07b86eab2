package xmlread

import (
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"wazzup-unf/mock1c/metadata"
)

// childEntry is one ChildObjects entry of Configuration.xml.
type childEntry struct {
	kind metadata.Kind
	name string
	pos  metadata.Pos
}

// readRoot reads Configuration.xml.
func (r *reader) readRoot() *metadata.Configuration {
	n := r.load("Configuration.xml", nil)
	if n == nil {
		return nil
	}
	cfg := &metadata.Configuration{Dir: r.dir, NotModelled: map[metadata.Kind]int{}}
	cfg.Version = n.attr("version")
	if n.tag != "MetaDataObject" {
		r.errorf(RuleXML, n.pos, "root element is <%s>, want <MetaDataObject>", n.tag)
		return nil
	}
	if !IsSupportedVersion(cfg.Version) {
		r.errorf(RuleVersion, n.pos, "unknown format version %q («Неизвестная версия формата загружаемого файла»): this reader accepts 2.9–2.20", cfg.Version)
	}
	el := n.child("Configuration")
	if el == nil || len(n.kids) != 1 {
		r.errorf(RuleXML, n.pos, "Configuration.xml must hold exactly one <Configuration> element")
		return nil
	}
	root := r.mapObject(el, metadata.KindConfiguration, "Configuration.xml", cfg.Version)
	cfg.Root = root
	cfg.IsExtension = root.PropText("ConfigurationExtensionPurpose") != "" || root.Adopted
	cfg.NamePrefix = root.PropText("NamePrefix")
	cfg.CompatibilityMode = root.PropText("CompatibilityMode")
	cfg.ExtensionCompatibilityMode = root.PropText("ConfigurationExtensionCompatibilityMode")
	cfg.KeepMappingByIDs = root.PropText("KeepMappingToExtendedConfigurationObjectsByIDs") == "true"
	cfg.Purpose = root.PropText("ConfigurationExtensionPurpose")
	r.rootModules(cfg)
	return cfg
}

// rootModuleFiles are the modules a root may have under Ext/.
var rootModuleFiles = map[string]metadata.ModuleKind{
	"ManagedApplicationModule.bsl":  metadata.ModuleManagedApplication,
	"OrdinaryApplicationModule.bsl": metadata.ModuleOrdinaryApplication,
	"SessionModule.bsl":             metadata.ModuleSession,
	"ExternalConnectionModule.bsl":  metadata.ModuleExternalConnection,
}

func (r *reader) rootModules(cfg *metadata.Configuration) {
	r.claimDir("Ext/", "Configuration")
	for _, e := range r.readDir("Ext") {
		if e.IsDir() || !strings.EqualFold(path.Ext(e.Name()), ".bsl") {
			continue
		}
		rel := "Ext/" + e.Name()
		if k, ok := rootModuleFiles[e.Name()]; ok {
			cfg.Modules = append(cfg.Modules, metadata.NewModule(k, r.dir, rel, "Configuration"))
			r.claim(rel, true)
		} else {
			r.errorf(RuleChildObjects, metadata.Pos{File: rel}, "unknown root module file %s: the root has ManagedApplicationModule, OrdinaryApplicationModule, SessionModule, ExternalConnectionModule", e.Name())
		}
	}
}

func (r *reader) readDir(rel string) []os.DirEntry {
	es, _ := os.ReadDir(filepath.Join(r.dir, filepath.FromSlash(rel)))
	return es
}

// readObjects reads every object named in the root's ChildObjects.
func (r *reader) readObjects(cfg *metadata.Configuration) {
	var entries []childEntry
	seen := map[string]metadata.Pos{}
	for _, c := range cfg.Root.ChildRefs {
		// A kind this reader does not know (a newer format) is read from
		// its guessed folder (<Tag>s) structurally, like other unmodelled
		// kinds; a missing file is then reported as usual.
		ki := metadata.Kind(c.Tag).Info()
		if c.Name == "" {
			r.errorf(RuleChildObjects, c.Pos, "empty <%s> entry in ChildObjects", c.Tag)
			continue
		}
		key := string(ki.Kind) + "." + metadata.Fold(c.Name)
		if prev, dup := seen[key]; dup {
			r.errorf(RuleChildObjects, c.Pos, "%s.%s is listed twice in ChildObjects (first at line %d)", ki.Kind, c.Name, prev.Line)
			continue
		}
		seen[key] = c.Pos
		entries = append(entries, childEntry{ki.Kind, c.Name, c.Pos})
	}
	objs := make([]*metadata.Object, len(entries))
	parallel(len(entries), func(i int) {
		objs[i] = r.readTop(entries[i], cfg.Version)
	})
	for _, o := range objs {
		if o == nil {
			continue
		}
		cfg.Objects = append(cfg.Objects, o)
		if !o.Kind.Info().Modelled {
			cfg.NotModelled[o.Kind]++
		}
	}
}

// readTop reads one top-level object and everything it owns.
func (r *reader) readTop(e childEntry, version string) *metadata.Object {
	ki := e.kind.Info()
	rel := ki.Dir + "/" + e.name + ".xml"
	if !r.exists(rel) {
		r.errorf(RuleChildObjects, e.pos, "%s.%s is listed in ChildObjects but %s does not exist", e.kind, e.name, rel)
		return nil
	}
	return r.readObjectFile(rel, e.kind, e.name, ki.Dir+"/"+e.name, nil)
}

// readObjectFile reads Dir/Name.xml; base is the object's folder
// ("Catalogs/X") for Ext/, Forms/, Templates/, Commands/, Subsystems/.
func (r *reader) readObjectFile(rel string, kind metadata.Kind, name, base string, parent *metadata.Object) *metadata.Object {
	n := r.load(rel, nil)
	if n == nil {
		return nil
	}
	if n.tag != "MetaDataObject" {
		r.errorf(RuleXML, n.pos, "root element is <%s>, want <MetaDataObject>", n.tag)
		return nil
	}
	var el *node
	for _, k := range n.kids {
		if k.tag == string(kind) {
			el = k
		} else {
			r.errorf(RuleXML, k.pos, "unexpected <%s> in %s: the file must describe %s.%s", k.tag, rel, kind, name)
		}
	}
	if el == nil {
		r.errorf(RuleXML, n.pos, "%s has no <%s> element", rel, kind)
		return nil
	}
	o := r.mapObject(el, kind, rel, n.attr("version"))
	o.Parent = parent
	if !metadata.EqualFold(o.Name, name) {
		r.errorf(RuleChildObjects, propPos(o, "Name", el.pos), "%s describes an object named %q, but ChildObjects lists %q", rel, o.Name, name)
	}
	owner := o.FullName()
	r.claimDir(base+"/Ext/", owner)
	r.objectModules(o, base)
	r.objectParts(o, base)
	r.kindSpecific(o, base)
	return o
}

func propPos(o *metadata.Object, name string, def metadata.Pos) metadata.Pos {
	if p := o.Prop(name); p != nil {
		return p.Pos()
	}
	return def
}

// mapObject maps a kind element (<Catalog uuid=…>) into an Object.
func (r *reader) mapObject(el *node, kind metadata.Kind, rel, version string) *metadata.Object {
	o := &metadata.Object{Kind: kind, UUID: el.attr("uuid"), File: rel, Pos: el.pos, Version: version}
	in := newInterner()
	for _, k := range el.kids {
		switch k.tag {
		case "InternalInfo":
			o.Generated = mapInternal(k)
		case "Properties":
			o.Props = mapProps(k, in)
		case "ChildObjects":
			o.Children, o.ChildRefs = r.mapChildren(k, in)
		default:
			r.errorf(RuleXML, k.pos, "unexpected <%s> in <%s>", k.tag, el.tag)
		}
	}
	o.Name = o.PropText("Name")
	o.Adopted = o.PropText("ObjectBelonging") == "Adopted"
	o.Extends = o.PropText("ExtendedConfigurationObject")
	return o
}

func mapInternal(n *node) []metadata.Generated {
	var out []metadata.Generated
	for _, k := range n.kids {
		switch k.local() {
		case "GeneratedType":
			out = append(out, metadata.Generated{Name: k.attr("name"), Category: k.attr("category"),
				TypeID: k.childText("TypeId"), ValueID: k.childText("ValueId"), Pos: k.pos})
		case "ContainedObject":
			out = append(out, metadata.Generated{Name: k.childText("ClassId"), Category: "ContainedObject",
				ValueID: k.childText("ObjectId"), Pos: k.pos})
		}
	}
	return out
}

// interner shares the many repeated short strings of one file (property
// names, "false", "Auto", …), so the kept model does not hold a copy per
// occurrence, and the file name all its properties point to.
type interner struct {
	strs     map[string]string
	kvs      map[metadata.PropKV]*metadata.PropKV
	fileName *string
}

func newInterner() *interner {
	return &interner{strs: map[string]string{}, kvs: map[metadata.PropKV]*metadata.PropKV{}}
}

// kv returns the shared name/text pair of a property.
func (in *interner) kv(name, text string) *metadata.PropKV {
	key := metadata.PropKV{Name: name, Text: text}
	if v, ok := in.kvs[key]; ok {
		return v
	}
	v := &metadata.PropKV{Name: in.get(name), Text: in.get(text)}
	in.kvs[key] = v
	return v
}

// file returns the file name shared by every property of the file (one
// pointer instead of a string header per property).
func (in *interner) file(name string) *string {
	if in.fileName == nil || *in.fileName != name {
		in.fileName = &name
	}
	return in.fileName
}

func (in *interner) get(s string) string {
	if len(s) > 48 {
		return s
	}
	if v, ok := in.strs[s]; ok {
		return v
	}
	in.strs[s] = s
	return s
}

func mapProps(n *node, in *interner) []metadata.Prop {
	props := make([]metadata.Prop, 0, len(n.kids))
	file := in.file(n.pos.File)
	for _, k := range n.kids {
		var items []metadata.Item
		if len(k.kids) > 0 {
			items = make([]metadata.Item, 0, len(k.kids))
		}
		for _, it := range k.kids {
			text, lang := in.get(it.text), ""
			if it.local() == "item" {
				lang = in.get(it.childText("lang"))
				text = it.childText("content")
			}
			items = append(items, metadata.NewItemIn(file, in.get(it.tag), text, lang, it.pos.Line, it.pos.Col))
		}
		canon := ""
		if (len(k.kids) > 0 && !localized(k)) || hasXSI(k) {
			var b strings.Builder
			k.canon(&b)
			canon = in.get(b.String())
		}
		props = append(props, metadata.NewPropIn(file, in.kv(k.local(), k.text), k.pos.Line, k.pos.Col, items, canon))
	}
	return props
}

// localized reports whether n is a localised string (only v8:item
// children): its canonical text is rebuilt from the items on demand
// (Prop.CanonText) instead of being kept, as there is one per synonym,
// tooltip and title of every object and attribute.
func localized(n *node) bool {
	for _, k := range n.kids {
		if k.local() != "item" || len(k.kids) != 2 || k.kids[0].local() != "lang" || k.kids[1].local() != "content" || len(k.attrs) > 0 {
			return false
		}
	}
	return true
}

func hasXSI(n *node) bool {
	for _, a := range n.attrs {
		if a.Name.Space == "xsi" {
			return true
		}
	}
	return false
}

// mapChildren splits ChildObjects into inline sub-objects (with uuid and
// Properties) and references to separate files (<Form>Имя</Form>).
func (r *reader) mapChildren(n *node, in *interner) ([]*metadata.Child, []metadata.ChildRef) {
	var kids []*metadata.Child
	var refs []metadata.ChildRef
	for _, k := range n.kids {
		if len(k.kids) == 0 && k.attr("uuid") == "" {
			refs = append(refs, metadata.ChildRef{Tag: k.tag, Name: k.text, Pos: k.pos})
			continue
		}
		c := &metadata.Child{Tag: k.tag, UUID: k.attr("uuid"), Pos: k.pos}
		for _, kk := range k.kids {
			switch kk.tag {
			case "Properties":
				c.Props = mapProps(kk, in)
			case "ChildObjects":
				c.Children, _ = r.mapChildren(kk, in)
			}
		}
		if p := c.Prop("Name"); p != nil {
			c.Name = p.Text()
		}
		if p := c.Prop("ObjectBelonging"); p != nil {
			c.Adopted = p.Text() == "Adopted"
		}
		if p := c.Prop("ExtendedConfigurationObject"); p != nil {
			c.Extends = p.Text()
		}
		kids = append(kids, c)
	}
	return kids, refs
}

// objectModuleFiles maps Ext/*.bsl file names to module kinds.
var objectModuleFiles = map[string]metadata.ModuleKind{
	"Module.bsl":             metadata.ModuleCommon,
	"ObjectModule.bsl":       metadata.ModuleObject,
	"ManagerModule.bsl":      metadata.ModuleManager,
	"RecordSetModule.bsl":    metadata.ModuleRecordSet,
	"ValueManagerModule.bsl": metadata.ModuleValueManager,
	"CommandModule.bsl":      metadata.ModuleCommand,
}

// allowedModules lists, per modelled kind, the module files it may have.
// Kinds not listed (HTTPService and WebService have Module.bsl, reports
// ObjectModule, …) accept any known module file.
var allowedModules = map[metadata.Kind][]metadata.ModuleKind{
	metadata.KindCommonModule:               {metadata.ModuleCommon},
	metadata.KindCommonCommand:              {metadata.ModuleCommand},
	metadata.KindCatalog:                    {metadata.ModuleObject, metadata.ModuleManager},
	metadata.KindDocument:                   {metadata.ModuleObject, metadata.ModuleManager},
	metadata.KindConstant:                   {metadata.ModuleValueManager, metadata.ModuleManager},
	metadata.KindInformationRegister:        {metadata.ModuleRecordSet, metadata.ModuleManager},
	metadata.KindEnum:                       {metadata.ModuleManager},
	metadata.KindChartOfCharacteristicTypes: {metadata.ModuleObject, metadata.ModuleManager},
	metadata.KindCommonForm:                 {},
	metadata.KindRole:                       {},
	metadata.KindSubsystem:                  {},
	metadata.KindEventSubscription:          {},
	metadata.KindScheduledJob:               {},
	metadata.KindLanguage:                   {},
	metadata.KindCommonPicture:              {},
	metadata.KindSessionParameter:           {},
	metadata.KindDefinedType:                {},
}

func (r *reader) objectModules(o *metadata.Object, base string) {
	for _, e := range r.readDir(base + "/Ext") {
		if e.IsDir() || !strings.EqualFold(path.Ext(e.Name()), ".bsl") {
			continue
		}
		rel := base + "/Ext/" + e.Name()
		k, ok := objectModuleFiles[e.Name()]
		if ok {
			if allowed, listed := allowedModules[o.Kind]; listed {
				ok = false
				for _, a := range allowed {
					ok = ok || a == k
				}
			}
		}
		if !ok {
			r.errorf(RuleChildObjects, metadata.Pos{File: rel}, "%s cannot have a module file %s", o.FullName(), e.Name())
			continue
		}
		o.Modules = append(o.Modules, metadata.NewModule(k, r.dir, rel, o.FullName()))
		r.claim(rel, true)
	}
}

// objectParts reads the files ChildObjects refers to: forms, templates,
// nested subsystems, recalculations; and command modules of inline commands.
func (r *reader) objectParts(o *metadata.Object, base string) {
	for _, c := range o.ChildRefs {
		if o.Kind == metadata.KindConfiguration {
			break
		}
		switch c.Tag {
		case "Form":
			if f := r.readForm(o, base, c); f != nil {
				o.Forms = append(o.Forms, f)
			}
		case "Subsystem":
			if o.Kind != metadata.KindSubsystem {
				r.errorf(RuleXML, c.Pos, "<Subsystem> child in %s", o.FullName())
				continue
			}
			rel := base + "/Subsystems/" + c.Name + ".xml"
			if !r.exists(rel) {
				r.errorf(RuleChildObjects, c.Pos, "subsystem %s is listed in ChildObjects but %s does not exist", c.Name, rel)
				continue
			}
			if s := r.readObjectFile(rel, metadata.KindSubsystem, c.Name, base+"/Subsystems/"+c.Name, o); s != nil {
				o.Subsystems = append(o.Subsystems, s)
			}
		default: // Template, Recalculation, …: metadata file + its folder
			dir := pluralFolder(c.Tag)
			rel := base + "/" + dir + "/" + c.Name + ".xml"
			if !r.exists(rel) {
				r.errorf(RuleChildObjects, c.Pos, "%s %s is listed in ChildObjects but %s does not exist", c.Tag, c.Name, rel)
				continue
			}
			r.claim(rel, false)
			r.claimDir(base+"/"+dir+"/"+c.Name+"/", o.FullName())
		}
	}
	for _, ch := range o.Children {
		if ch.Tag != "Command" {
			continue
		}
		dir := base + "/Commands/" + ch.Name
		r.claimDir(dir+"/", o.FullName())
		rel := dir + "/Ext/CommandModule.bsl"
		if r.exists(rel) {
			ch.Module = metadata.NewModule(metadata.ModuleCommand, r.dir, rel, o.FullName()+".Command."+ch.Name)
			r.claim(rel, true)
		}
	}
}

func pluralFolder(tag string) string {
	switch tag {
	case "Template":
		return "Templates"
	case "Recalculation":
		return "Recalculations"
	case "Cube":
		return "Cubes"
	case "Table":
		return "Tables"
	case "Function":
		return "Functions"
	case "DimensionTable":
		return "DimensionTables"
	}
	return tag + "s"
}

func parseBool(s string) bool { return s == "true" }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
