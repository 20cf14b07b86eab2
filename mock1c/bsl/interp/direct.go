package interp

import (
	"wazzup-unf/mock1c/bsl/value"
)

// DirectServerCalls returns a ServerCallFunc that runs server calls in
// server sessions of the given program, one per calling client session
// (kept in the client session's locals), with the client's clock. It
// neither copies nor checks values crossing the boundary: it is the
// simplest correct wiring for interpreter tests, not the platform layer's
// hook (which must serialise, as the platform does).
func DirectServerCalls(server *Program, opts Options) ServerCallFunc {
	const key = "interp.DirectServerCalls.session"
	return func(call *ServerCall) (value.Value, error) {
		ss, _ := call.From.Local(key).(*Session)
		if ss == nil {
			o := opts
			if o.Clock == nil {
				o.Clock = call.From.Clock()
			}
			ss = server.NewSession(call.From.ctx, o)
			call.From.SetLocal(key, ss)
		}
		return ss.CallRefs(call.Module, call.Proc, call.Args)
	}
}
