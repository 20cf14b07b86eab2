package interp

import (
	"wazzup-unf/mock1c/bsl/ast"
	"wazzup-unf/mock1c/bsl/value"
)

// ErrorInfo is the value ИнформацияОбОшибке() returns: a read-only view of
// a *RuntimeError with the platform's properties.
type ErrorInfo struct {
	Err *RuntimeError // nil outside an exception handler
}

var errorInfoProps = value.NewNameIndex([]value.Name{
	{Ru: "Описание", En: "Description"},
	{Ru: "ИмяМодуля", En: "ModuleName"},
	{Ru: "НомерСтроки", En: "LineNumber"},
	{Ru: "ИсходнаяСтрока", En: "SourceLine"},
	{Ru: "Причина", En: "Cause"},
})

func (*ErrorInfo) TypeName() value.Name {
	return value.Name{Ru: "ИнформацияОбОшибке", En: "ErrorInfo"}
}

func (e *ErrorInfo) String() string { return e.TypeName().Ru }

// GetProp reads Описание, ИмяМодуля, НомерСтроки, ИсходнаяСтрока, Причина.
// Outside a handler (no exception) every property is empty and Причина is
// Неопределено; unverified against the platform.
func (e *ErrorInfo) GetProp(name string) (value.Value, error) {
	i := errorInfoProps.Lookup(name)
	if i < 0 {
		return nil, value.ErrPropNotFound(name)
	}
	r := e.Err
	if r == nil {
		if i == 2 {
			return value.Int(0).Box(), nil
		}
		if i == 4 {
			return value.Undef, nil
		}
		return value.Empty, nil
	}
	mod, line := r.Position()
	switch i {
	case 0:
		return value.String(r.Msg), nil
	case 1:
		return value.String(mod), nil
	case 2:
		return value.Int(int64(line)).Box(), nil
	case 3:
		return value.String(r.SourceLine), nil
	}
	if r.Cause == nil {
		return value.Undef, nil
	}
	return &ErrorInfo{Err: r.Cause}, nil
}

// SetProp refuses: the object is read-only.
func (e *ErrorInfo) SetProp(name string, v value.Value) error {
	if errorInfoProps.Lookup(name) < 0 {
		return value.ErrPropNotFound(name)
	}
	return value.Errorf("Поле объекта недоступно для записи (%s)", name)
}

var _ value.HasProps = (*ErrorInfo)(nil)

// current returns the exception being handled, or nil.
func (s *Session) current() *RuntimeError {
	if n := len(s.excs); n > 0 {
		return s.excs[n-1]
	}
	return nil
}

// intrinsic compiles the global functions the interpreter implements itself
// because they need the session's exception state or the caller's scope.
// It returns nil when the name is not one of them.
func (c *compiler) intrinsic(sc *scope, x *ast.CallExpr, id *ast.Ident, wantValue bool) evalFn {
	pos := c.pos(id.Pos())
	argc := func(min, max int) bool {
		if len(x.Args) > max {
			c.errorf(x.Lparen, "Слишком много фактических параметров")
			return false
		}
		if len(x.Args) < min || (min > 0 && x.Args[0] == nil) {
			c.errorf(x.Lparen, "Недостаточно фактических параметров")
			return false
		}
		return true
	}
	switch id.Folded {
	case "информацияобошибке", "errorinfo":
		argc(0, 0)
		return func(fr *frame) value.Value { return &ErrorInfo{Err: fr.s.current()} }
	case "описаниеошибки", "errordescription":
		argc(0, 0)
		return func(fr *frame) value.Value {
			r := fr.s.current()
			if r == nil {
				return value.Empty
			}
			return value.String(r.Detailed())
		}
	case "краткоепредставлениеошибки", "brieferrordescription", "подробноепредставлениеошибки", "detailerrordescription":
		if !argc(1, 1) {
			return func(*frame) value.Value { return value.Undef }
		}
		arg := c.expr(sc, x.Args[0])
		brief := id.Folded == "краткоепредставлениеошибки" || id.Folded == "brieferrordescription"
		return func(fr *frame) value.Value {
			info, ok := arg(fr).(*ErrorInfo)
			if !ok {
				fr.fail(pos, value.ErrBadArgType())
			}
			if info.Err == nil {
				return value.Empty
			}
			if brief {
				return value.String(info.Err.Brief())
			}
			return value.String(info.Err.Detailed())
		}
	case "вычислить", "eval":
		if !argc(1, 1) {
			return func(*frame) value.Value { return value.Undef }
		}
		arg := c.expr(sc, x.Args[0])
		return func(fr *frame) value.Value {
			src := arg(fr)
			return fr.s.evaluate(fr, pos, src.String())
		}
	}
	return nil
}
