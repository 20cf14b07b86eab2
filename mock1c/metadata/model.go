package metadata

import (
	"os"
	"path/filepath"
	"strings"
)

// Prop is one property element of an object, in file order.
//
// A dump holds millions of properties (every attribute has about thirty),
// so a Prop is kept small: its position is two int32 and a pointer to the
// file name shared by the whole file, not a Pos (Pos builds one on demand).
type Prop struct {
	// kv holds the name and the text, shared by every property of a file
	// with the same name and text (most are "false", "Auto", "DontCheck").
	kv        *PropKV
	file      *string
	line, col int32
	// x holds what only complex elements have, so that the many plain
	// leaf properties stay small.
	x *propExtra
}

// PropKV is a property's element name and text; a reader shares one value
// among equal properties.
type PropKV struct {
	Name string // local element name: "Synonym", "Type", "Global"
	// Text is the trimmed text of a leaf element ("true", "Managed",
	// "CommonModule.X.Y"); empty for elements with children.
	Text string
}

// Name is the local element name: "Synonym", "Type", "Global".
func (p *Prop) Name() string { return p.kv.Name }

// Text is the trimmed text of a leaf element ("true", "Managed",
// "CommonModule.X.Y"); empty for elements with children.
func (p *Prop) Text() string { return p.kv.Text }

// Pos is the position of the property element.
func (p *Prop) Pos() Pos { return mkPos(p.file, p.line, p.col) }

func mkPos(file *string, line, col int32) Pos {
	if file == nil {
		return Pos{Line: int(line), Col: int(col)}
	}
	return Pos{File: *file, Line: int(line), Col: int(col)}
}

type propExtra struct {
	items []Item
	canon string
}

// NewProp makes a property; items and canon are given for elements with
// children or xsi attributes (see Items and CanonText).
func NewProp(name string, pos Pos, text string, items []Item, canon string) Prop {
	file := pos.File
	return NewPropIn(&file, &PropKV{Name: name, Text: text}, pos.Line, pos.Col, items, canon)
}

// NewPropIn is NewProp for a reader that shares one file-name pointer
// among all properties of a file and one PropKV among equal properties.
func NewPropIn(file *string, kv *PropKV, line, col int, items []Item, canon string) Prop {
	p := Prop{kv: kv, file: file, line: int32(line), col: int32(col)}
	if len(items) > 0 || canon != "" {
		p.x = &propExtra{items: items, canon: canon}
	}
	return p
}

// Items are the direct child elements of a list-like property
// (v8:Type / v8:TypeSet of a type, xr:Item of a content list, v8:item of a
// localised string with Lang and Text = content).
func (p *Prop) Items() []Item {
	if p.x == nil {
		return nil
	}
	return p.x.items
}

// CanonText is a canonical one-line rendering of the whole element
// (children, texts, xsi:type/xsi:nil; Text for a plain leaf), used to
// compare controlled properties regardless of indentation.
func (p *Prop) CanonText() string {
	if p.x == nil {
		return p.Text()
	}
	if p.x.canon != "" || len(p.x.items) == 0 {
		return p.x.canon
	}
	// A localised string keeps only its items: render them as the reader
	// renders elements (<tag>content</>).
	var b strings.Builder
	for _, it := range p.x.items {
		b.WriteString("<" + it.Tag + "><v8:lang>" + it.Lang + "</><v8:content>" + it.Text + "</></>")
	}
	return b.String()
}

// Item is a child element of a list-like property.
type Item struct {
	Tag       string // qualified as written: "v8:Type", "xr:Item", "v8:item"
	Text      string
	Lang      string // for v8:item
	file      *string
	line, col int32
}

// NewItemIn makes an item at line:col of the file *file.
func NewItemIn(file *string, tag, text, lang string, line, col int) Item {
	return Item{Tag: tag, Text: text, Lang: lang, file: file, line: int32(line), col: int32(col)}
}

// Pos is the position of the item element.
func (it *Item) Pos() Pos { return mkPos(it.file, it.line, it.col) }

// Types returns the type names of a type-description property (v8:Type and
// v8:TypeSet items). set reports TypeSet entries.
func (p *Prop) Types() []TypeRef {
	var out []TypeRef
	for _, it := range p.Items() {
		switch it.Tag {
		case "v8:Type", "v8:TypeSet":
			out = append(out, TypeRef{Name: it.Text, Set: it.Tag == "v8:TypeSet", Pos: it.Pos()})
		}
	}
	return out
}

// Localized returns the content for lang ("ru") of a localised string.
func (p *Prop) Localized(lang string) string {
	for _, it := range p.Items() {
		if it.Tag == "v8:item" && it.Lang == lang {
			return it.Text
		}
	}
	return ""
}

// TypeRef is one type of a type description.
type TypeRef struct {
	Name string // "xs:string", "cfg:CatalogRef.Контрагенты"
	Set  bool   // a v8:TypeSet (cfg:CatalogRef = every catalog reference)
	Pos  Pos
}

// Object is a metadata object: the root (Kind Configuration), a top-level
// object, or a nested object (subsystem inside a subsystem).
type Object struct {
	Kind    Kind
	Name    string
	UUID    string
	File    string // the object's XML, relative to the dump root
	Pos     Pos    // of the kind element (<Catalog uuid=…>)
	Version string // the file's format version

	// Adopted is true for an object of an extension that extends a base
	// object (ObjectBelonging=Adopted); Extends is then its
	// ExtendedConfigurationObject (the base object's uuid, may be empty).
	Adopted bool
	Extends string

	Props []Prop

	// InternalInfo entries (GeneratedType TypeId/ValueId, ContainedObject).
	Generated []Generated

	Children []*Child // attributes, dimensions, resources, tabular sections, enum values, commands…
	Forms    []*Form  // object forms; for a CommonForm, the form itself
	Modules  []*Module
	// Subsystems are nested subsystems (Subsystem kind only).
	Subsystems []*Object
	Parent     *Object

	// ChildPos is the position of each ChildObjects entry that names a
	// separate file (Form, Template, Subsystem, Command with module…).
	ChildRefs []ChildRef

	// Kind-specific parts; nil when the kind has none.
	ModuleFlags  *CommonModuleFlags
	Subscription *Subscription
	Job          *ScheduledJob
	Rights       *Rights
	Content      *SubsystemContent
	Command      *CommandInfo
	// Predefined is Ext/Predefined.xml (catalogs, charts of characteristic
	// types, accounts, calculation types); nil when the object has none.
	Predefined *Predefined
}

// Predefined is an object's Ext/Predefined.xml: the predefined items the
// platform creates in the infobase (Справочники.X.Имя, ПланыВидовХарактеристик.X.Имя).
type Predefined struct {
	File    string
	Version string
	Items   []*PredefinedItem // top level; folders hold their ChildItems
}

// PredefinedItem is one predefined item (or folder) of Predefined.xml.
type PredefinedItem struct {
	Name        string
	ID          string // the item's uuid (the reference of the item in the infobase)
	Code        string
	Description string
	// Types is the value type of a characteristic kind (charts of
	// characteristic types); empty for catalogs and for folders.
	Types    []TypeRef
	IsFolder bool
	Pos      Pos
	Children []*PredefinedItem
}

// Walk calls f for every item, depth first (folders before their children).
func (p *Predefined) Walk(f func(*PredefinedItem)) {
	var walk func(list []*PredefinedItem)
	walk = func(list []*PredefinedItem) {
		for _, it := range list {
			f(it)
			walk(it.Children)
		}
	}
	walk(p.Items)
}

// Item finds a predefined item by name at any depth (any case), or nil.
func (p *Predefined) Item(name string) *PredefinedItem {
	var found *PredefinedItem
	p.Walk(func(it *PredefinedItem) {
		if found == nil && EqualFold(it.Name, name) {
			found = it
		}
	})
	return found
}

// Generated is an InternalInfo entry.
type Generated struct {
	Name     string // "CatalogRef.Контрагенты"; ClassId for a ContainedObject
	Category string // "Ref", "Object", …; "ContainedObject"
	TypeID   string
	ValueID  string
	Pos      Pos
}

// ChildRef is a ChildObjects entry that names something in another file.
type ChildRef struct {
	Tag  string // "Form", "Template", "Subsystem", …
	Name string
	Pos  Pos
}

// FullName is the 1C full name in English form: "Catalog.Контрагенты",
// "Subsystem.A.Subsystem.B".
func (o *Object) FullName() string {
	if o.Parent != nil && o.Kind == KindSubsystem {
		return o.Parent.FullName() + ".Subsystem." + o.Name
	}
	return string(o.Kind) + "." + o.Name
}

// Prop returns the property named name (any case) or nil.
func (o *Object) Prop(name string) *Prop { return findProp(o.Props, name) }

// PropText returns the text of a leaf property or "".
func (o *Object) PropText(name string) string {
	if p := o.Prop(name); p != nil {
		return p.Text()
	}
	return ""
}

// Child returns the child object (attribute, tabular section, …) named name.
func (o *Object) Child(name string) *Child {
	for _, c := range o.Children {
		if EqualFold(c.Name, name) {
			return c
		}
	}
	return nil
}

// Form returns the object's form named name, or for a CommonForm the form.
func (o *Object) Form(name string) *Form {
	for _, f := range o.Forms {
		if EqualFold(f.Name, name) {
			return f
		}
	}
	return nil
}

// Module returns the object's module of the given kind or nil.
func (o *Object) Module(kind ModuleKind) *Module {
	for _, m := range o.Modules {
		if m.Kind == kind {
			return m
		}
	}
	return nil
}

func findProp(props []Prop, name string) *Prop {
	for i := range props {
		if props[i].Name() == name || EqualFold(props[i].Name(), name) {
			return &props[i]
		}
	}
	return nil
}

// Child is an object's sub-object: Attribute, Dimension, Resource,
// TabularSection (with its own Children), EnumValue, Command, ….
type Child struct {
	Tag      string // XML tag: "Attribute", "TabularSection", "EnumValue", "Command"…
	Name     string
	UUID     string
	Pos      Pos
	Adopted  bool
	Extends  string
	Props    []Prop
	Children []*Child
	Module   *Module // a Command's CommandModule
}

// Prop returns the child's property named name or nil.
func (c *Child) Prop(name string) *Prop { return findProp(c.Props, name) }

// CommonModuleFlags are the flags of a common module (controlled properties
// of an adopted module: they must equal the base module's).
type CommonModuleFlags struct {
	Global, ClientManagedApplication, Server, ExternalConnection bool
	ClientOrdinaryApplication, ServerCall, Privileged            bool
	ReturnValuesReuse                                            string // DontUse | DuringRequest | DuringSession
}

// Subscription is an EventSubscription's source types, event and handler.
type Subscription struct {
	Source     []TypeRef
	Event      string
	Handler    string // "CommonModule.Имя.Процедура"
	HandlerPos Pos
}

// ScheduledJob is a scheduled job's method and schedule.
type ScheduledJob struct {
	MethodName    string // "CommonModule.Имя.Процедура"
	MethodPos     Pos
	Use           bool
	Predefined    bool
	Key           string
	RestartCount  int
	RestartPeriod int
	Schedule      *Schedule // nil without Ext/Schedule.xml
}

// Schedule is Ext/Schedule.xml's <Schedule> attributes (times as written).
type Schedule struct {
	Pos               Pos
	Attrs             map[string]string // BeginDate, RepeatPeriodInDay, DaysRepeatPeriod, …
	WeekDays, Months  []int
	RepeatPeriodInDay int // seconds between runs within a day; 0 = once
}

// Rights is a role's Ext/Rights.xml.
type Rights struct {
	File                            string
	Version                         string
	SetForNewObjects                bool
	SetForAttributesByDefault       bool
	IndependentRightsOfChildObjects bool
	Objects                         []*RightsObject
}

// RightsObject is the set of rights a role grants or denies on one object.
type RightsObject struct {
	Name   string // "Catalog.Контрагенты", "Configuration.Имя", "Catalog.X.Attribute.Y"
	Pos    Pos
	Rights []Right
}

// Right is one right and its value.
type Right struct {
	Name  string // Read, Update, View, …
	Value bool
	Pos   Pos
}

// SubsystemContent is a subsystem's content list and command interface.
type SubsystemContent struct {
	Items            []Item // xr:Item: "CommonCommand.X", "Catalog.Y"
	CommandInterface *CommandInterface
}

// CommandInterface is a subsystem's Ext/CommandInterface.xml.
type CommandInterface struct {
	File    string
	Version string
	// Commands are every command named in any section, with its section;
	// SubsystemsOrder entries are included with their subsystem's full name.
	Commands []CICommand
}

// CICommand is a command named in a command interface.
type CICommand struct {
	Section string // CommandsVisibility, CommandsPlacement, CommandsOrder
	Name    string // "CommonCommand.X", "Catalog.Y.StandardCommand.OpenList"
	Group   string
	Pos     Pos
}

// CommandInfo is a CommonCommand's (or object command's) placement and
// parameter.
type CommandInfo struct {
	Group          string
	ParameterTypes []TypeRef
	ParameterUse   string
	ModifiesData   bool
}

// FormKind distinguishes a form's owner.
type Form struct {
	Name    string
	UUID    string
	File    string // the form's metadata XML (Forms/F.xml or CommonForms/F.xml)
	Pos     Pos
	Adopted bool
	Extends string
	Props   []Prop
	// Body is Ext/Form.xml, nil when absent or unreadable.
	Body   *FormBody
	Module *Module // Ext/Form/Module.bsl, nil when absent
}

// FormBody is a managed form's Ext/Form.xml.
type FormBody struct {
	File       string
	Version    string
	Events     []Event
	Items      []*FormItem // AutoCommandBar first, then ChildItems
	Attributes []*FormAttribute
	Commands   []*FormCommand
	Parameters []*FormParameter
	// HasBaseForm is true for an adopted form (its file repeats the base).
	HasBaseForm bool
}

// Event binds a platform event to a module procedure.
type Event struct {
	Name     string // OnCreateAtServer, OnClick, …
	Handler  string
	CallType string // "", Before, After, Override (extension forms)
	Pos      Pos
}

// MainCommandBar returns the form's AutoCommandBar item, or nil.
func (b *FormBody) MainCommandBar() *FormItem {
	for _, it := range b.Items {
		if it.Tag == "AutoCommandBar" {
			return it
		}
	}
	return nil
}

// FormItem is one element of a form's item tree.
type FormItem struct {
	Tag         string // InputField, Button, UsualGroup, AutoCommandBar, …
	Name        string
	ID          string
	Pos         Pos
	DataPath    string
	DataPathPos Pos
	CommandName string
	CommandPos  Pos
	// Autofill is set for command bars (AutoCommandBar, CommandBar): the
	// bar is filled with the standard commands. The Designer omits
	// <Autofill> when it is true for an AutoCommandBar (the default), so
	// an AutoCommandBar without the element is auto-filled; a CommandBar
	// is only when it says <Autofill>true</Autofill>.
	Autofill bool
	Events   []Event
	Items    []*FormItem
}

// Walk calls f for the item and every item below it, depth first.
func (it *FormItem) Walk(f func(*FormItem)) {
	f(it)
	for _, c := range it.Items {
		c.Walk(f)
	}
}

// FormAttribute is a form attribute (with columns for a table attribute).
type FormAttribute struct {
	Name    string
	ID      string
	Pos     Pos
	Types   []TypeRef
	Main    bool
	Columns []*FormAttribute
}

// FormCommand is a form command and its action handler.
type FormCommand struct {
	Name      string
	ID        string
	Pos       Pos
	Action    string
	ActionPos Pos
	CallType  string
}

// FormParameter is a form parameter.
type FormParameter struct {
	Name  string
	Pos   Pos
	Types []TypeRef
	Key   bool
}

// ModuleKind is the module's role, named as its file ("ObjectModule").
type ModuleKind string

const (
	ModuleCommon              ModuleKind = "Module" // common module
	ModuleObject              ModuleKind = "ObjectModule"
	ModuleManager             ModuleKind = "ManagerModule"
	ModuleRecordSet           ModuleKind = "RecordSetModule"
	ModuleValueManager        ModuleKind = "ValueManagerModule"
	ModuleCommand             ModuleKind = "CommandModule"
	ModuleForm                ModuleKind = "FormModule"
	ModuleManagedApplication  ModuleKind = "ManagedApplicationModule"
	ModuleOrdinaryApplication ModuleKind = "OrdinaryApplicationModule"
	ModuleSession             ModuleKind = "SessionModule"
	ModuleExternalConnection  ModuleKind = "ExternalConnectionModule"
)

// Module is a .bsl module of the dump. Its text is read on demand.
type Module struct {
	Kind  ModuleKind
	Path  string // relative to the dump root, slash-separated
	Owner string // full name of the owner: "CommonModule.X", "CommonForm.F", "Catalog.X.Form.F", "Configuration"
	dir   string // dump root
}

// NewModule makes a module record for the file rel under the dump root dir.
func NewModule(kind ModuleKind, dir, rel, owner string) *Module {
	return &Module{Kind: kind, Path: rel, Owner: owner, dir: dir}
}

// Source reads the module text (UTF-8; a BOM is removed).
func (m *Module) Source() ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(m.dir, filepath.FromSlash(m.Path)))
	if err != nil {
		return nil, err
	}
	return trimBOM(b), nil
}

// AbsPath is the module's path on disk.
func (m *Module) AbsPath() string { return filepath.Join(m.dir, filepath.FromSlash(m.Path)) }

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

// Configuration is one dump: a configuration or an extension.
type Configuration struct {
	Dir     string // dump root on disk
	Version string // format version of Configuration.xml
	Root    *Object

	// IsExtension is true for a configuration extension dump.
	IsExtension bool
	// Root properties the checks and the merge use most.
	NamePrefix                 string
	CompatibilityMode          string // main configuration
	ExtensionCompatibilityMode string // ConfigurationExtensionCompatibilityMode
	KeepMappingByIDs           bool
	Purpose                    string // Patch | Customization | AddOn

	Objects []*Object // top-level objects in ChildObjects order
	Modules []*Module // root modules (Ext/ManagedApplicationModule.bsl, …)

	// NotModelled counts objects of kinds read only structurally.
	NotModelled map[Kind]int

	index map[string]*Object
}

// Index rebuilds the name index; the reader calls it once after reading.
func (c *Configuration) Index() {
	c.index = make(map[string]*Object, len(c.Objects))
	for _, o := range c.Objects {
		c.index[indexKey(o.Kind, o.Name)] = o
	}
}

func indexKey(k Kind, name string) string { return Fold(string(k)) + "." + Fold(name) }

// Lookup finds a top-level object by kind and name (any case). The kind may
// be the XML tag or the Russian singular ("Справочник").
func (c *Configuration) Lookup(kind Kind, name string) *Object {
	if c.index == nil {
		c.Index()
	}
	if o := c.index[indexKey(kind, name)]; o != nil {
		return o
	}
	if ki, ok := LookupKind(string(kind)); ok && ki.Kind != kind {
		return c.index[indexKey(ki.Kind, name)]
	}
	return nil
}

// LookupFull finds an object by a full name: "Catalog.Контрагенты",
// "Справочник.Контрагенты", "Subsystem.A.Subsystem.B". Deeper names
// ("Catalog.X.Form.Y") resolve to their top-level object.
func (c *Configuration) LookupFull(full string) *Object {
	parts := strings.Split(full, ".")
	if len(parts) < 2 {
		return nil
	}
	o := c.Lookup(Kind(parts[0]), parts[1])
	if o == nil || o.Kind != KindSubsystem {
		return o
	}
	for i := 2; i+1 < len(parts); i += 2 {
		ki, ok := LookupKind(parts[i])
		if !ok || ki.Kind != KindSubsystem {
			break
		}
		var next *Object
		for _, s := range o.Subsystems {
			if EqualFold(s.Name, parts[i+1]) {
				next = s
			}
		}
		if next == nil {
			return nil
		}
		o = next
	}
	return o
}

// ByKind returns the top-level objects of a kind in file order.
func (c *Configuration) ByKind(kind Kind) []*Object {
	var out []*Object
	for _, o := range c.Objects {
		if o.Kind == kind {
			out = append(out, o)
		}
	}
	return out
}

// AllModules returns every module of the dump: root, objects, forms,
// commands, nested subsystems excluded (they have none).
func (c *Configuration) AllModules() []*Module {
	out := append([]*Module(nil), c.Modules...)
	for _, o := range c.Objects {
		out = append(out, o.Modules...)
		for _, f := range o.Forms {
			if f.Module != nil {
				out = append(out, f.Module)
			}
		}
		for _, ch := range o.Children {
			if ch.Module != nil {
				out = append(out, ch.Module)
			}
		}
	}
	return out
}

// ChildrenOf returns the sub-objects with the given XML tag ("Attribute",
// "TabularSection", "Dimension", "Resource", "EnumValue", "Command") in
// file order.
func (o *Object) ChildrenOf(tag string) []*Child {
	var out []*Child
	for _, c := range o.Children {
		if c.Tag == tag {
			out = append(out, c)
		}
	}
	return out
}

// Types returns the child's type description (its Type property).
func (c *Child) Types() []TypeRef {
	if p := c.Prop("Type"); p != nil {
		return p.Types()
	}
	return nil
}

// Synonym returns the Russian synonym of the object, or its name.
func (o *Object) Synonym() string {
	if p := o.Prop("Synonym"); p != nil {
		if s := p.Localized("ru"); s != "" {
			return s
		}
	}
	return o.Name
}

// RawSource returns the module file as stored, BOM included (the byte
// conventions check needs it; everything else wants Source).
func (m *Module) RawSource() ([]byte, error) {
	return os.ReadFile(filepath.Join(m.dir, filepath.FromSlash(m.Path)))
}

// TrimBOM drops a leading UTF-8 byte-order mark.
func TrimBOM(b []byte) []byte { return trimBOM(b) }
