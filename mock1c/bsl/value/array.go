package value

// Array is Массив and, with Fixed set, ФиксированныйМассив.
type Array struct {
	Items []Value
	Fixed bool
}

// Type names of arrays.
var (
	TArray      = Name{"Массив", "Array"}
	TFixedArray = Name{"ФиксированныйМассив", "FixedArray"}
)

// NewArray returns a Массив holding items (not copied).
func NewArray(items ...Value) *Array { return &Array{Items: items} }

func (a *Array) TypeName() Name {
	if a.Fixed {
		return TFixedArray
	}
	return TArray
}
func (a *Array) String() string { return a.TypeName().Ru }

// Filled: a collection is filled when it has elements.
func (a *Array) Filled() bool { return len(a.Items) > 0 }

// Methods returns the table of Массив or ФиксированныйМассив.
func (a *Array) Methods() *MethodTable {
	if a.Fixed {
		return fixedArrayMethods
	}
	return arrayMethods
}

// Index reads a[i].
func (a *Array) Index(key Value) (Value, error) {
	i, err := ArgIndex(key)
	if err != nil {
		return nil, err
	}
	if i < 0 || i >= len(a.Items) {
		return nil, ErrIndex()
	}
	return a.Items[i], nil
}

// SetIndex writes a[i] = v.
func (a *Array) SetIndex(key, v Value) error {
	if a.Fixed {
		return ErrReadOnly()
	}
	i, err := ArgIndex(key)
	if err != nil {
		return err
	}
	if i < 0 || i >= len(a.Items) {
		return ErrIndex()
	}
	a.Items[i] = v
	return nil
}

// Iterate walks the live array.
func (a *Array) Iterate() Iterator {
	return &sliceIter{get: func(i int) (Value, bool) {
		if i < len(a.Items) {
			return a.Items[i], true
		}
		return nil, false
	}}
}

// Find returns the index of the first element equal to v, or -1.
func (a *Array) Find(v Value) int {
	for i, x := range a.Items {
		if Identical(x, v) {
			return i
		}
	}
	return -1
}

var (
	_ HasMethods = (*Array)(nil)
	_ Indexable  = (*Array)(nil)
	_ Iterable   = (*Array)(nil)
)

func arr(v Value) *Array { return v.(*Array) }

var arrayReadMethods = []MethodDef{
	def("Количество", "Count", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		return IntValue(int64(len(arr(r).Items))), nil
	}),
	def("ВГраница", "UBound", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		return IntValue(int64(len(arr(r).Items) - 1)), nil
	}),
	def("Найти", "Find", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		if i := arr(r).Find(Arg(args, 0, Undef)); i >= 0 {
			return IntValue(int64(i)), nil
		}
		return Undef, nil
	}),
	def("Получить", "Get", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		return arr(r).Index(Arg(args, 0, Undef))
	}),
}

var fixedArrayMethods = NewMethodTable(arrayReadMethods)

var arrayMethods = NewMethodTable(append(append([]MethodDef(nil), arrayReadMethods...),
	proc("Добавить", "Add", 0, 1, func(_ Env, r Value, args []Value) (Value, error) {
		a := arr(r)
		a.Items = append(a.Items, Arg(args, 0, Undef))
		return nil, nil
	}),
	proc("Вставить", "Insert", 1, 2, func(_ Env, r Value, args []Value) (Value, error) {
		a := arr(r)
		i, err := ArgIndex(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, ErrIndex()
		}
		v := Arg(args, 1, Undef)
		// Inserting past the end pads with Неопределено (platform help:
		// "если индекс больше размера, массив расширяется").
		for len(a.Items) < i {
			a.Items = append(a.Items, Undef)
		}
		a.Items = append(a.Items, nil)
		copy(a.Items[i+1:], a.Items[i:])
		a.Items[i] = v
		return nil, nil
	}),
	proc("Установить", "Set", 2, 2, func(_ Env, r Value, args []Value) (Value, error) {
		return nil, arr(r).SetIndex(Arg(args, 0, Undef), Arg(args, 1, Undef))
	}),
	proc("Удалить", "Delete", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		a := arr(r)
		i, err := ArgIndex(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		if i < 0 || i >= len(a.Items) {
			return nil, ErrIndex()
		}
		a.Items = append(a.Items[:i], a.Items[i+1:]...)
		return nil, nil
	}),
	proc("Очистить", "Clear", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		arr(r).Items = nil
		return nil, nil
	}),
))
