package value

import "reflect"

// Copier is implemented by host values that can cross the client/server
// boundary: DeepCopy calls it to copy them (platform-runtime-facts.md §6.1:
// arguments are copied to the server and, unless Знач, copied back).
type Copier interface {
	DeepCopy() (Value, error)
}

// ErrNoTransfer is the platform's error for a value that cannot be passed
// between client and server.
func ErrNoTransfer(typeName string) *Error {
	return &Error{Msg: "Ошибка отображения типов: Отсутствует отображение для типа '" + typeName + "'"}
}

// DeepCopy copies v as a server call does: primitives, Тип and
// УникальныйИдентификатор as they are; Массив, Структура, Соответствие,
// their fixed variants, СписокЗначений and ТаблицаЗначений element by
// element; host values through Copier; anything else is ErrNoTransfer.
// Shared references inside v stay shared in the copy.
func DeepCopy(v Value) (Value, error) {
	return (&copier{seen: map[Value]Value{}}).copy(v)
}

type copier struct{ seen map[Value]Value }

func (c *copier) copy(v Value) (Value, error) {
	switch v.(type) {
	case Undefined, NullValue, Boolean, Number, String, Date, Type, UUID:
		return v, nil
	}
	if !reflect.TypeOf(v).Comparable() {
		if cp, ok := v.(Copier); ok {
			return cp.DeepCopy()
		}
		return nil, ErrNoTransfer(v.TypeName().Ru)
	}
	if done, ok := c.seen[v]; ok {
		return done, nil
	}
	switch x := v.(type) {
	case *Array:
		n := &Array{Items: make([]Value, len(x.Items)), Fixed: x.Fixed}
		c.seen[v] = n
		for i, e := range x.Items {
			ce, err := c.copy(e)
			if err != nil {
				return nil, err
			}
			n.Items[i] = ce
		}
		return n, nil
	case *Structure:
		n := CopyStructure(x, x.Fixed)
		c.seen[v] = n
		for i, e := range n.vals {
			ce, err := c.copy(e)
			if err != nil {
				return nil, err
			}
			n.vals[i] = ce
		}
		return n, nil
	case *Map:
		n := &Map{ix: map[key]int{}, Fixed: x.Fixed}
		c.seen[v] = n
		for i := range x.keys {
			k, err := c.copy(x.keys[i])
			if err != nil {
				return nil, err
			}
			e, err := c.copy(x.vals[i])
			if err != nil {
				return nil, err
			}
			n.Insert(k, e)
		}
		return n, nil
	case *ValueList:
		n := NewValueList()
		c.seen[v] = n
		for _, it := range x.Items {
			e, err := c.copy(it.Val)
			if err != nil {
				return nil, err
			}
			ni := n.Add(e, it.Pres, it.Check, it.Picture)
			ni.ID = it.ID
		}
		return n, nil
	case *ValueTable:
		n := x.Copy(nil, nil)
		c.seen[v] = n
		for _, r := range n.Rows {
			for i, e := range r.cells {
				ce, err := c.copy(e)
				if err != nil {
					return nil, err
				}
				r.cells[i] = ce
			}
		}
		return n, nil
	case Copier:
		n, err := x.DeepCopy()
		if err != nil {
			return nil, err
		}
		c.seen[v] = n
		return n, nil
	}
	return nil, ErrNoTransfer(v.TypeName().Ru)
}
