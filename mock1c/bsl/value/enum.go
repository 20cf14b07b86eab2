package value

// EnumValue is a value of a system enumeration (НаправлениеПоиска.СКонца,
// ФорматДатыJSON.ISO): its type is the enumeration, its presentation the
// item's Russian name. Library functions compare enum arguments by
// presentation, so they accept the platform layer's own enum values too.
type EnumValue struct {
	Enum *Enum
	Item Name
}

func (v *EnumValue) TypeName() Name { return v.Enum.Name }
func (v *EnumValue) String() string { return v.Item.Ru }

// Enum is a system enumeration as the value of a global property
// (Перечисление.Элемент). Its items are created once, so values compare by
// identity and work as Соответствие keys.
type Enum struct {
	Name  Name
	items []*EnumValue
	ix    NameIndex
}

// NewEnum builds an enumeration with the given items.
func NewEnum(name Name, items ...Name) *Enum {
	e := &Enum{Name: name, ix: NewNameIndex(items)}
	for _, it := range items {
		e.items = append(e.items, &EnumValue{Enum: e, Item: it})
	}
	return e
}

// TypeName of the enumeration object: its name (the platform calls the
// manager type "ПеречислениеМенеджер…"; code never asks).
func (e *Enum) TypeName() Name { return e.Name }
func (e *Enum) String() string { return e.Name.Ru }

// Item returns the value named n (either language), or nil.
func (e *Enum) Item(n string) *EnumValue {
	if i := e.ix.Lookup(n); i >= 0 {
		return e.items[i]
	}
	return nil
}

// Values lists the enumeration's values.
func (e *Enum) Values() []*EnumValue { return e.items }

// GetProp returns the item.
func (e *Enum) GetProp(name string) (Value, error) {
	if v := e.Item(name); v != nil {
		return v, nil
	}
	return nil, ErrPropNotFound(name)
}

// SetProp: enumerations are read-only.
func (e *Enum) SetProp(name string, v Value) error {
	if e.Item(name) != nil {
		return ErrReadOnly()
	}
	return ErrPropNotFound(name)
}

var _ HasProps = (*Enum)(nil)
