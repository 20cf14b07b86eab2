package value

// Map is Соответствие (ФиксированноеСоответствие when Fixed): keys of any
// type, compared like the = operator; iteration in insertion order, which
// is what the platform shows in practice (its order is not documented).
type Map struct {
	keys  []Value
	vals  []Value
	ix    map[key]int
	Fixed bool
}

// Type names of maps.
var (
	TMap      = Name{"Соответствие", "Map"}
	TFixedMap = Name{"ФиксированноеСоответствие", "FixedMap"}
)

// Keyer is implemented by reference values with value equality (see
// Equaler) to give Соответствие a comparable key.
type Keyer interface {
	MapKey() any
}

// key is the comparable form of a Соответствие key, consistent with
// Identical. It is a concrete struct so that lookups do not allocate.
type key struct {
	kind byte // 'n' small number, 'N' big number, 's' string, 'b' boolean, 'd' date, 't' type, 'u' undefined, '0' null, 'k' Keyer, 'p' reference
	n    int64
	exp  int32
	s    string
	p    any
}

// mapKey turns a value into its key.
func mapKey(v Value) key {
	switch x := v.(type) {
	case Number:
		// Numbers are normalised, so equal numbers have equal parts.
		if x.b == nil {
			return key{kind: 'n', n: x.c, exp: x.exp}
		}
		return key{kind: 'N', s: x.Text()}
	case String:
		return key{kind: 's', s: string(x)}
	case Boolean:
		if x {
			return key{kind: 'b', n: 1}
		}
		return key{kind: 'b'}
	case Date:
		return key{kind: 'd', n: x.ticks}
	case Type:
		return key{kind: 't', s: x.Name.Ru}
	case Undefined:
		return key{kind: 'u'}
	case NullValue:
		return key{kind: '0'}
	case Keyer:
		return key{kind: 'k', p: x.MapKey()}
	}
	return key{kind: 'p', p: v} // identity
}

// NewMap returns an empty Соответствие.
func NewMap() *Map { return &Map{ix: map[key]int{}} }

func (m *Map) TypeName() Name {
	if m.Fixed {
		return TFixedMap
	}
	return TMap
}
func (m *Map) String() string { return m.TypeName().Ru }

// Filled: a map is filled when it has entries.
func (m *Map) Filled() bool { return len(m.keys) > 0 }

// Len is the number of entries.
func (m *Map) Len() int { return len(m.keys) }

// Get returns the value for key.
func (m *Map) Get(key Value) (Value, bool) {
	if i, ok := m.ix[mapKey(key)]; ok {
		return m.vals[i], true
	}
	return nil, false
}

// Insert sets key to v.
func (m *Map) Insert(key, v Value) {
	k := mapKey(key)
	if i, ok := m.ix[k]; ok {
		m.vals[i] = v
		return
	}
	m.ix[k] = len(m.keys)
	m.keys = append(m.keys, key)
	m.vals = append(m.vals, v)
}

// Delete removes key (no error when absent).
func (m *Map) Delete(key Value) {
	k := mapKey(key)
	i, ok := m.ix[k]
	if !ok {
		return
	}
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	m.vals = append(m.vals[:i], m.vals[i+1:]...)
	delete(m.ix, k)
	for kk, j := range m.ix {
		if j > i {
			m.ix[kk] = j - 1
		}
	}
}

// Entries calls f for each entry in order.
func (m *Map) Entries(f func(k, v Value)) {
	for i := range m.keys {
		f(m.keys[i], m.vals[i])
	}
}

// Index reads m[key]: Неопределено when absent.
func (m *Map) Index(key Value) (Value, error) {
	if v, ok := m.Get(key); ok {
		return v, nil
	}
	return Undef, nil
}

// SetIndex writes m[key] = v, adding the key.
func (m *Map) SetIndex(key, v Value) error {
	if m.Fixed {
		return ErrReadOnly()
	}
	m.Insert(key, v)
	return nil
}

// Iterate yields КлючИЗначение.
func (m *Map) Iterate() Iterator {
	return &sliceIter{get: func(i int) (Value, bool) {
		if i < len(m.keys) {
			return &KeyValue{Key: m.keys[i], Val: m.vals[i]}, true
		}
		return nil, false
	}}
}

// CopyMap returns a shallow copy with the given fixedness.
func CopyMap(m *Map, fixed bool) *Map {
	c := &Map{keys: append([]Value(nil), m.keys...), vals: append([]Value(nil), m.vals...), ix: make(map[key]int, len(m.ix)), Fixed: fixed}
	for k, v := range m.ix {
		c.ix[k] = v
	}
	return c
}

// Methods returns the table of the map's kind.
func (m *Map) Methods() *MethodTable {
	if m.Fixed {
		return fixedMapMethods
	}
	return mapMethods
}

var (
	_ HasMethods = (*Map)(nil)
	_ Indexable  = (*Map)(nil)
	_ Iterable   = (*Map)(nil)
)

func mp(v Value) *Map { return v.(*Map) }

var mapReadMethods = []MethodDef{
	def("Количество", "Count", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		return IntValue(int64(mp(r).Len())), nil
	}),
	def("Получить", "Get", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		return mp(r).Index(Arg(args, 0, Undef))
	}),
}

var fixedMapMethods = NewMethodTable(mapReadMethods)

var mapMethods = NewMethodTable(append(append([]MethodDef(nil), mapReadMethods...),
	proc("Вставить", "Insert", 1, 2, func(_ Env, r Value, args []Value) (Value, error) {
		mp(r).Insert(Arg(args, 0, Undef), Arg(args, 1, Undef))
		return nil, nil
	}),
	proc("Удалить", "Delete", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		mp(r).Delete(Arg(args, 0, Undef))
		return nil, nil
	}),
	proc("Очистить", "Clear", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		m := mp(r)
		m.keys, m.vals, m.ix = nil, nil, map[key]int{}
		return nil, nil
	}),
))
