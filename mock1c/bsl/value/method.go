package value

// MethodDef describes one built-in method or global function. Tables of
// them are data ("builtins are data"): one []MethodDef per type.
type MethodDef struct {
	Name    Name
	MinArgs int
	MaxArgs int    // < 0: any number (СтрШаблон, Мин, Макс)
	Out     uint64 // bit i set: argument i is an out parameter, passed as *Ref
	Proc    bool   // a procedure: returns no value
	Func    func(env Env, recv Value, args []Value) (Value, error)
}

// Variadic is the MaxArgs of functions that take any number of arguments.
const Variadic = -1

// IsOut reports whether argument i (0-based) is passed by reference.
func (d *MethodDef) IsOut(i int) bool { return i < 64 && d.Out&(1<<uint(i)) != 0 }

// CheckArgs checks an argument count against the definition with the
// platform's texts.
func (d *MethodDef) CheckArgs(n int) error {
	if d.MaxArgs >= 0 && n > d.MaxArgs {
		return &Error{Msg: MsgTooManyArgs}
	}
	if n < d.MinArgs {
		return &Error{Msg: MsgNotEnoughArgs}
	}
	return nil
}

// MethodTable is an immutable table of methods with a case-folded index over
// both spellings. Build it once per type (a package-level var built at init
// is fine: it is never modified).
type MethodTable struct {
	defs []MethodDef
	ix   NameIndex
}

// NewMethodTable indexes defs. It panics on a duplicate name: a table is
// program text, so that is a programming error caught by any test.
func NewMethodTable(defs []MethodDef) *MethodTable {
	names := make([]Name, len(defs))
	for i := range defs {
		names[i] = defs[i].Name
	}
	ix := NewNameIndex(names)
	for i, n := range names {
		for _, s := range []string{n.Ru, n.En} {
			if s != "" && ix[Fold(s)] != i {
				panic("value: duplicate method name " + s)
			}
		}
	}
	return &MethodTable{defs: defs, ix: ix}
}

// Lookup finds a method by name in either language, any case; nil if absent.
func (t *MethodTable) Lookup(name string) *MethodDef {
	if t == nil {
		return nil
	}
	if i := t.ix.Lookup(name); i >= 0 {
		return &t.defs[i]
	}
	return nil
}

// Defs returns the table's definitions (do not modify).
func (t *MethodTable) Defs() []MethodDef { return t.defs }

// CallMethod looks up name on recv, checks the argument count and calls it.
// It returns "Метод объекта не обнаружен (name)" when recv has no such
// method. Interpreters that cache the *MethodDef call Func directly.
func CallMethod(env Env, recv Value, name string, args []Value) (Value, error) {
	hm, ok := recv.(HasMethods)
	if !ok {
		return nil, ErrMethodNotFound(name)
	}
	d := hm.Methods().Lookup(name)
	if d == nil {
		return nil, ErrMethodNotFound(name)
	}
	if err := d.CheckArgs(len(args)); err != nil {
		return nil, err
	}
	return d.Func(env, recv, args)
}

// GetProp reads obj.name with the platform's error for values without
// properties.
func GetProp(obj Value, name string) (Value, error) {
	if hp, ok := obj.(HasProps); ok {
		return hp.GetProp(name)
	}
	return nil, ErrPropNotFound(name)
}

// SetProp writes obj.name = v.
func SetProp(obj Value, name string, v Value) error {
	if hp, ok := obj.(HasProps); ok {
		return hp.SetProp(name, v)
	}
	return ErrPropNotFound(name)
}

// Arg returns args[i], or def when the argument was omitted (nil or past
// the end). A *Ref is dereferenced.
func Arg(args []Value, i int, def Value) Value {
	if i < len(args) && args[i] != nil {
		return Deref(args[i])
	}
	return def
}

// Given reports whether argument i was passed (not omitted).
func Given(args []Value, i int) bool { return i < len(args) && args[i] != nil }
