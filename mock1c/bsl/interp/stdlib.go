package interp

import (
	"wazzup-unf/mock1c/bsl/stdlib"
	"wazzup-unf/mock1c/bsl/value"
)

// AddStdlib registers the library of ordinary code (package stdlib): the
// global functions, the global properties (Символы) and the types of
// ordinary code. The platform layer adds its own tables after it, so its
// definitions win on a name clash.
func (w *World) AddStdlib() {
	w.AddFuncs(stdlib.Functions())
	w.AddTypes(stdlib.Types())
	for _, g := range stdlib.Globals() {
		w.AddValueProps([]value.Name{g.Name}, []value.Value{g.Value})
	}
}

// Types implements stdlib.TypesEnv: Тип("Имя") sees every type the World
// registered, not only the library's.
func (s *Session) Types() *value.TypeTable { return s.prog.typeTable }

var _ stdlib.TypesEnv = (*Session)(nil)
