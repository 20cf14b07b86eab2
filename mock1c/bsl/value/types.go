package value

// TypeDef describes a platform type for Тип("Имя") and, when New is set,
// for Новый Имя(…) / Новый("Имя", Параметры). The interpreter looks types
// up in a TypeTable that stdlib (the types of ordinary code) and the
// platform layer (metadata-driven types) fill.
type TypeDef struct {
	Name    Name
	MinArgs int
	MaxArgs int // < 0: any number
	// New constructs a value; nil when the type has no constructor.
	New func(env Env, args []Value) (Value, error)
	// Empty returns the type's empty value (0, "", the empty date, an empty
	// reference) for ОписаниеТипов; nil means Неопределено.
	Empty func() Value
}

// TypeTable is an immutable, case-insensitive table of types by both names.
type TypeTable struct {
	defs []TypeDef
	ix   NameIndex
}

// NewTypeTable indexes the given lists (later lists win on a name clash, so
// the platform layer can override).
func NewTypeTable(lists ...[]TypeDef) *TypeTable {
	var defs []TypeDef
	for _, l := range lists {
		defs = append(defs, l...)
	}
	names := make([]Name, len(defs))
	for i := range defs {
		names[i] = defs[i].Name
	}
	return &TypeTable{defs: defs, ix: NewNameIndex(names)}
}

// Lookup finds a type by either name, any case; nil if absent.
func (t *TypeTable) Lookup(name string) *TypeDef {
	if i := t.ix.Lookup(name); i >= 0 {
		return &t.defs[i]
	}
	return nil
}

// Defs lists the table (do not modify).
func (t *TypeTable) Defs() []TypeDef { return t.defs }

// ErrTypeNotDefined is "Тип не определен (Имя)", raised by Тип("…") and
// Новый for an unknown type.
func ErrTypeNotDefined(name string) *Error {
	return &Error{Msg: "Тип не определен (" + name + ")"}
}

// ErrNoConstructor is raised by Новый for a type that cannot be created:
// "Конструктор не найден (Имя)", the text of the OneScript family of
// re-implementations (the platform's own wording is unverified).
func ErrNoConstructor(name string) *Error {
	return &Error{Msg: "Конструктор не найден (" + name + ")"}
}

// New constructs a value of the named type with the platform's errors.
func (t *TypeTable) New(env Env, name string, args []Value) (Value, error) {
	d := t.Lookup(name)
	if d == nil {
		return nil, ErrTypeNotDefined(name)
	}
	if d.New == nil {
		return nil, ErrNoConstructor(name)
	}
	if d.MaxArgs >= 0 && len(args) > d.MaxArgs {
		return nil, &Error{Msg: MsgTooManyArgs}
	}
	if len(args) < d.MinArgs {
		return nil, &Error{Msg: MsgNotEnoughArgs}
	}
	return d.New(env, args)
}
