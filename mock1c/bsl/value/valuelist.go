package value

import (
	"slices"
	"sort"
)

// ValueList is СписокЗначений: an ordered list of ЭлементСпискаЗначений
// (value, presentation, check mark, picture).
type ValueList struct {
	Items []*ValueListItem
}

// ValueListItem is ЭлементСпискаЗначений.
type ValueListItem struct {
	Val     Value
	Pres    string
	Check   bool
	Picture Value
	ID      int
	owner   *ValueList
}

// Type names of the list and its element.
var (
	TValueList     = Name{"СписокЗначений", "ValueList"}
	TValueListItem = Name{"ЭлементСпискаЗначений", "ValueListItem"}
)

// NewValueList returns an empty list.
func NewValueList() *ValueList { return &ValueList{} }

func (*ValueList) TypeName() Name { return TValueList }
func (*ValueList) String() string { return TValueList.Ru }

// Filled: the list has elements.
func (l *ValueList) Filled() bool { return len(l.Items) > 0 }

// Methods returns the list's methods.
func (*ValueList) Methods() *MethodTable { return valueListMethods }

// Add appends an element.
func (l *ValueList) Add(v Value, pres string, check bool, pic Value) *ValueListItem {
	return l.insert(len(l.Items), v, pres, check, pic)
}

func (l *ValueList) insert(i int, v Value, pres string, check bool, pic Value) *ValueListItem {
	id := 0
	for _, it := range l.Items {
		id = max(id, it.ID+1)
	}
	it := &ValueListItem{Val: v, Pres: pres, Check: check, Picture: pic, ID: id, owner: l}
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = it
	return it
}

// Index reads l[i].
func (l *ValueList) Index(key Value) (Value, error) { return sliceIndex(l.Items, key) }

// SetIndex: elements cannot be replaced by assignment.
func (l *ValueList) SetIndex(key, v Value) error { return ErrReadOnly() }

// Iterate yields the elements.
func (l *ValueList) Iterate() Iterator {
	return sliceIterate(func() []*ValueListItem { return l.Items })
}

func (l *ValueList) indexOf(it *ValueListItem) int { return slices.Index(l.Items, it) }

// itemArg resolves an argument that is an element or an index.
func (l *ValueList) itemArg(v Value) (int, error) { return elementArg(l.Items, v) }

func (*ValueListItem) TypeName() Name { return TValueListItem }

// String is the presentation, or the value's presentation when empty.
func (it *ValueListItem) String() string {
	if it.Pres != "" {
		return it.Pres
	}
	return it.Val.String()
}

var valueListItemProps = NewNameIndex([]Name{
	{"Значение", "Value"}, {"Представление", "Presentation"}, {"Пометка", "Check"}, {"Картинка", "Picture"},
})

// GetProp reads Значение, Представление, Пометка, Картинка.
func (it *ValueListItem) GetProp(name string) (Value, error) {
	switch valueListItemProps.Lookup(name) {
	case 0:
		return it.Val, nil
	case 1:
		return String(it.Pres), nil
	case 2:
		return Bool(it.Check), nil
	case 3:
		if it.Picture == nil {
			return Undef, nil
		}
		return it.Picture, nil
	}
	return nil, ErrPropNotFound(name)
}

// SetProp writes them.
func (it *ValueListItem) SetProp(name string, v Value) error {
	switch valueListItemProps.Lookup(name) {
	case 0:
		it.Val = v
	case 1:
		it.Pres = v.String()
	case 2:
		b, ok := v.(Boolean)
		if !ok {
			return ErrBadArgType()
		}
		it.Check = bool(b)
	case 3:
		it.Picture = v
	default:
		return ErrPropNotFound(name)
	}
	return nil
}

// Methods of an element: ПолучитьИдентификатор.
func (*ValueListItem) Methods() *MethodTable { return valueListItemMethods }

var valueListItemMethods = NewMethodTable([]MethodDef{
	def("ПолучитьИдентификатор", "GetID", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		return IntValue(int64(r.(*ValueListItem).ID)), nil
	}),
})

var (
	_ HasMethods = (*ValueList)(nil)
	_ Indexable  = (*ValueList)(nil)
	_ Iterable   = (*ValueList)(nil)
	_ HasProps   = (*ValueListItem)(nil)
)

func vl(v Value) *ValueList { return v.(*ValueList) }

func listAddArgs(args []Value, from int) (Value, string, bool, Value, error) {
	v := Arg(args, from, Undef)
	pres := ""
	if p := Arg(args, from+1, nil); p != nil {
		pres = p.String()
	}
	check := false
	if c := Arg(args, from+2, nil); c != nil {
		b, ok := c.(Boolean)
		if !ok {
			return nil, "", false, nil, ErrBadArgType()
		}
		check = bool(b)
	}
	return v, pres, check, Arg(args, from+3, nil), nil
}

// sortDir reads НаправлениеСортировки (Возр by default). The enum value is
// accepted as a String "Возр"/"Убыв" or any value whose String is one of
// them (the platform layer's system enum presents itself that way).
func sortDir(v Value) (desc bool, err error) {
	if v == nil {
		return false, nil
	}
	switch Fold(v.String()) {
	case "возр", "asc", "":
		return false, nil
	case "убыв", "desc":
		return true, nil
	}
	return false, ErrBadArgValue()
}

var valueListMethods = NewMethodTable([]MethodDef{
	def("Добавить", "Add", 0, 4, func(_ Env, r Value, args []Value) (Value, error) {
		v, pres, check, pic, err := listAddArgs(args, 0)
		if err != nil {
			return nil, err
		}
		return vl(r).Add(v, pres, check, pic), nil
	}),
	def("Вставить", "Insert", 1, 5, func(_ Env, r Value, args []Value) (Value, error) {
		l := vl(r)
		i, err := ArgIndex(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		if i < 0 || i > len(l.Items) {
			return nil, ErrIndex()
		}
		v, pres, check, pic, err := listAddArgs(args, 1)
		if err != nil {
			return nil, err
		}
		return l.insert(i, v, pres, check, pic), nil
	}),
	def("Количество", "Count", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		return IntValue(int64(len(vl(r).Items))), nil
	}),
	def("Получить", "Get", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		return vl(r).Index(Arg(args, 0, Undef))
	}),
	def("Индекс", "IndexOf", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		it, ok := Arg(args, 0, Undef).(*ValueListItem)
		if !ok {
			return nil, ErrBadArgType()
		}
		return IntValue(int64(vl(r).indexOf(it))), nil
	}),
	def("НайтиПоЗначению", "FindByValue", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		v := Arg(args, 0, Undef)
		for _, it := range vl(r).Items {
			if Identical(it.Val, v) {
				return it, nil
			}
		}
		return Undef, nil
	}),
	def("НайтиПоИдентификатору", "FindByID", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		id, err := ArgIndex(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		for _, it := range vl(r).Items {
			if it.ID == id {
				return it, nil
			}
		}
		return Undef, nil
	}),
	proc("Удалить", "Delete", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		l := vl(r)
		i, err := l.itemArg(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return nil, nil
	}),
	proc("Очистить", "Clear", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		vl(r).Items = nil
		return nil, nil
	}),
	def("ВыгрузитьЗначения", "UnloadValues", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		a := &Array{}
		for _, it := range vl(r).Items {
			a.Items = append(a.Items, it.Val)
		}
		return a, nil
	}),
	proc("ЗагрузитьЗначения", "LoadValues", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		a, ok := Arg(args, 0, Undef).(*Array)
		if !ok {
			return nil, ErrBadArgType()
		}
		l := vl(r)
		l.Items = nil
		for _, v := range a.Items {
			l.Add(v, "", false, nil)
		}
		return nil, nil
	}),
	proc("СортироватьПоЗначению", "SortByValue", 0, 1, func(_ Env, r Value, args []Value) (Value, error) {
		desc, err := sortDir(Arg(args, 0, nil))
		if err != nil {
			return nil, err
		}
		items := vl(r).Items
		sort.SliceStable(items, func(i, j int) bool {
			c := SortCompare(items[i].Val, items[j].Val)
			if desc {
				return c > 0
			}
			return c < 0
		})
		return nil, nil
	}),
	proc("СортироватьПоПредставлению", "SortByPresentation", 0, 1, func(_ Env, r Value, args []Value) (Value, error) {
		desc, err := sortDir(Arg(args, 0, nil))
		if err != nil {
			return nil, err
		}
		items := vl(r).Items
		sort.SliceStable(items, func(i, j int) bool {
			c := SortCompare(String(items[i].String()), String(items[j].String()))
			if desc {
				return c > 0
			}
			return c < 0
		})
		return nil, nil
	}),
	def("Скопировать", "Copy", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		c := NewValueList()
		for _, it := range vl(r).Items {
			n := c.Add(it.Val, it.Pres, it.Check, it.Picture)
			n.ID = it.ID
		}
		return c, nil
	}),
	proc("Сдвинуть", "Move", 2, 2, func(_ Env, r Value, args []Value) (Value, error) {
		l := vl(r)
		i, err := l.itemArg(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		off, err := ArgIndex(Arg(args, 1, Undef))
		if err != nil {
			return nil, err
		}
		j := i + off
		if j < 0 || j >= len(l.Items) {
			return nil, ErrIndex()
		}
		it := l.Items[i]
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		l.Items = append(l.Items, nil)
		copy(l.Items[j+1:], l.Items[j:])
		l.Items[j] = it
		return nil, nil
	}),
})

// typeRank orders values of different types when sorting collections.
func typeRank(v Value) int {
	switch v.(type) {
	case Undefined:
		return 0
	case NullValue:
		return 1
	case Boolean:
		return 2
	case Number:
		return 3
	case Date:
		return 4
	case String:
		return 5
	}
	return 6
}

// SortCompare is the total order used by collection sorting. The syntax
// assistant (ТаблицаЗначений.Сортировать, СписокЗначений.СортироватьПоЗначению
// without ОбъектСравнения; en: yellow-erp.com/help …/FormDataStructureAndCollection/
// methods/Sort3770.html) gives three rules: elements whose types differ
// compare by the type code; elements of simple types by value; elements
// of other types by their string presentation. Simple types here use
// Compare (strings by UTF-16 units). The type codes are not published:
// typeRank is our stand-in for the primitive types (Неопределено, Null,
// Булево, Число, Дата, Строка, then the rest), and two other types order
// by their Russian type names — deterministic, not the platform's codes.
func SortCompare(a, b Value) int {
	if c, err := Compare(a, b); err == nil {
		return c
	}
	ra, rb := typeRank(a), typeRank(b)
	switch {
	case ra < rb:
		return -1
	case ra > rb:
		return 1
	}
	if ra == 6 {
		if ta, tb := a.TypeName().Ru, b.TypeName().Ru; ta != tb {
			return compareUTF16(ta, tb)
		}
		return compareUTF16(a.String(), b.String())
	}
	return 0
}

// PropNames lists the element's properties.
func (*ValueListItem) PropNames() []string {
	return []string{"Значение", "Представление", "Пометка", "Картинка"}
}

// elementArg resolves an argument naming one of items either by the element
// itself or by its index, as the collections' Удалить/Сдвинуть/Индекс do: an
// element of another collection is a wrong value, an index out of range the
// index error, anything else a wrong type.
func elementArg[T interface {
	comparable
	Value
}](items []T, v Value) (int, error) {
	switch x := Deref(v).(type) {
	case T:
		if i := slices.Index(items, x); i >= 0 {
			return i, nil
		}
		return 0, ErrBadArgValue()
	case Number:
		i, err := ArgIndex(x)
		if err != nil {
			return 0, err
		}
		if i < 0 || i >= len(items) {
			return 0, ErrIndex()
		}
		return i, nil
	}
	return 0, ErrBadArgType()
}

// sliceIndex reads items[key] for a collection indexed from 0 by number.
func sliceIndex[T Value](items []T, key Value) (Value, error) {
	i, err := ArgIndex(key)
	if err != nil {
		return nil, err
	}
	if i < 0 || i >= len(items) {
		return nil, ErrIndex()
	}
	return items[i], nil
}

// sliceIterate yields a collection's elements in order; items is read at
// every step (as both collections did before this helper), so the iterator
// follows the collection's current contents.
func sliceIterate[T Value](items func() []T) Iterator {
	return &sliceIter{get: func(i int) (Value, bool) {
		if cur := items(); i < len(cur) {
			return cur[i], true
		}
		return nil, false
	}}
}
