package interp

import "wazzup-unf/mock1c/bsl/value"

// addLibrary registers the library of ordinary code. TEMPORARY: a minimal
// stand-in until package stdlib builds; replaced by stdlib's tables.
func addLibrary(w *World) {
	w.AddTypes([]value.TypeDef{
		{Name: value.Name{Ru: "Массив", En: "Array"}, MaxArgs: -1, New: func(value.Env, []value.Value) (value.Value, error) { return value.NewArray(), nil }},
		{Name: value.Name{Ru: "Структура", En: "Structure"}, MaxArgs: -1, New: func(_ value.Env, args []value.Value) (value.Value, error) {
			s := value.NewStructure()
			if len(args) > 0 {
				if err := value.FillStructure(s, args[0].String(), args[1:]); err != nil {
					return nil, err
				}
			}
			return s, nil
		}},
		{Name: value.Name{Ru: "Соответствие", En: "Map"}, New: func(value.Env, []value.Value) (value.Value, error) { return value.NewMap(), nil }},
	})
}
