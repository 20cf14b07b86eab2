package value

// Helpers shared by the collection method tables.

// def is a compact MethodDef constructor for the tables below.
func def(ru, en string, minArgs, maxArgs int, f func(env Env, recv Value, args []Value) (Value, error)) MethodDef {
	return MethodDef{Name: Name{ru, en}, MinArgs: minArgs, MaxArgs: maxArgs, Func: f}
}

// proc is def for a procedure (no result).
func proc(ru, en string, minArgs, maxArgs int, f func(env Env, recv Value, args []Value) (Value, error)) MethodDef {
	d := def(ru, en, minArgs, maxArgs, f)
	d.Proc = true
	return d
}

// ArgIndex reads a 0-based collection index argument: a Число, truncated.
func ArgIndex(v Value) (int, error) {
	n, ok := Deref(v).(Number)
	if !ok {
		return 0, ErrBadArgType()
	}
	i, ok := n.Int64()
	if !ok || i < -1<<31 || i > 1<<31 {
		return 0, ErrIndex()
	}
	return int(i), nil
}

// ArgString reads a Строка argument.
func ArgString(v Value) (string, error) {
	s, ok := Deref(v).(String)
	if !ok {
		return "", ErrBadArgType()
	}
	return string(s), nil
}

// sliceIter iterates a live slice by position.
type sliceIter struct {
	get func(i int) (Value, bool)
	i   int
}

func (it *sliceIter) Next() (Value, bool) {
	v, ok := it.get(it.i)
	it.i++
	return v, ok
}

// KeyValue is КлючИЗначение, the element Для Каждого yields over Структура
// and Соответствие.
type KeyValue struct {
	Key, Val Value
}

// TKeyValue is the type name of KeyValue.
var TKeyValue = Name{"КлючИЗначение", "KeyAndValue"}

var keyValueProps = NewNameIndex([]Name{{"Ключ", "Key"}, {"Значение", "Value"}})

func (*KeyValue) TypeName() Name { return TKeyValue }
func (*KeyValue) String() string { return TKeyValue.Ru }

// GetProp reads Ключ / Значение.
func (kv *KeyValue) GetProp(name string) (Value, error) {
	switch keyValueProps.Lookup(name) {
	case 0:
		return kv.Key, nil
	case 1:
		return kv.Val, nil
	}
	return nil, ErrPropNotFound(name)
}

// SetProp: КлючИЗначение is read-only.
func (kv *KeyValue) SetProp(name string, v Value) error {
	if keyValueProps.Lookup(name) >= 0 {
		return ErrReadOnly()
	}
	return ErrPropNotFound(name)
}

var _ HasProps = (*KeyValue)(nil)

// PropNames lists Ключ and Значение.
func (*KeyValue) PropNames() []string { return []string{"Ключ", "Значение"} }
