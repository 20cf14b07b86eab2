package check

import (
	"strings"

	"wazzup-unf/mock1c/metadata"
)

// RuleCalls: calls resolve when the module compiles. A call to a method of
// the same module passes no more arguments than it has parameters and all
// required ones («Слишком много фактических параметров», «Недостаточно
// фактических параметров»); Module.Method(…) on a common module of the dump
// (or of the base) names an exported method, and the module is visible
// where the calling code runs (client code sees client and server-call
// modules only; server code sees server modules) — otherwise the platform
// reports «Метод объекта не обнаружен» or «Переменная не определена».
// Names the dump does not define (global context functions, other
// variables) are left to the interpreter's resolve pass.
const RuleCalls = "calls"

// commonModule is a common module as seen from the checked dump: its
// flags (the base's for an adopted module) and every module text that
// contributes methods (base and extension part).
type commonModule struct {
	obj   *metadata.Object
	flags *metadata.CommonModuleFlags
	mods  []*metadata.Module
}

func (c *checker) commonModuleIndex() map[string]*commonModule {
	idx := map[string]*commonModule{}
	add := func(o *metadata.Object, base bool) {
		key := metadata.Fold(o.Name)
		cm := idx[key]
		if cm == nil {
			cm = &commonModule{obj: o}
			idx[key] = cm
		}
		if m := o.Module(metadata.ModuleCommon); m != nil {
			cm.mods = append(cm.mods, m)
		}
		if base || cm.flags == nil {
			cm.flags = o.ModuleFlags
		}
	}
	if c.opt.Base != nil && c.cfg.IsExtension {
		for _, o := range c.opt.Base.ByKind(metadata.KindCommonModule) {
			add(o, true)
		}
	}
	for _, o := range c.cfg.ByKind(metadata.KindCommonModule) {
		if o.Adopted && idx[metadata.Fold(o.Name)] != nil {
			m := o.Module(metadata.ModuleCommon)
			if m != nil {
				idx[metadata.Fold(o.Name)].mods = append(idx[metadata.Fold(o.Name)].mods, m)
			}
			continue
		}
		add(o, false)
	}
	return idx
}

// callerSides says where code of module m in method p runs: client,
// server or both.
func callerSides(m *metadata.Module, flags *metadata.CommonModuleFlags, p *Proc, call *Call) (client, server bool) {
	switch m.Kind {
	case metadata.ModuleCommon:
		if flags == nil {
			return false, false
		}
		if call.Client {
			return flags.ClientManagedApplication, false
		}
		return false, flags.Server
	case metadata.ModuleForm, metadata.ModuleCommand:
		if p == nil {
			return false, false
		}
		switch p.Directive {
		case "НаКлиенте":
			return true, false
		case "НаКлиентеНаСервереБезКонтекста", "НаКлиентеНаСервере":
			return true, true
		}
		return false, true // &НаСервере, &НаСервереБезКонтекста; none means server
	case metadata.ModuleManagedApplication:
		return call.Client, false
	case metadata.ModuleObject, metadata.ModuleManager, metadata.ModuleRecordSet, metadata.ModuleValueManager, metadata.ModuleSession:
		return false, !call.Client
	}
	return false, false
}

func (c *checker) calls() {
	idx := c.commonModuleIndex()
	flagsOf := map[*metadata.Module]*metadata.CommonModuleFlags{}
	for _, cm := range idx {
		for _, m := range cm.mods {
			flagsOf[m] = cm.flags
		}
	}
	info := func(cm *commonModule) []*ModuleInfo {
		var out []*ModuleInfo
		for _, m := range cm.mods {
			if mi := c.analyze(m); mi != nil {
				out = append(out, mi)
			}
		}
		return out
	}
	for _, m := range c.cfg.AllModules() {
		mi := c.procs[m]
		if mi == nil {
			continue
		}
		for _, nd := range mi.Notifications {
			c.notification(m, mi, nd, idx)
		}
		for _, call := range mi.Calls {
			if call.Qualifier == "" {
				if isAttachHandler(call.Name) && call.FirstString != "" {
					c.idleHandler(m, mi, call, idx)
				}
				// The client parse repeats the server parse's local calls.
				if call.Client {
					continue
				}
				p := mi.Find(call.Name)
				if p == nil {
					continue
				}
				if m.Kind == metadata.ModuleForm || m.Kind == metadata.ModuleCommand {
					c.formCallSides(call, p)
				}
				switch {
				case call.Args > p.Params:
					c.ps.Errorf(RuleCalls, call.Pos, "Слишком много фактических параметров (%s): %s takes %d, the call passes %d", call.Name, call.Name, p.Params, call.Args)
				case call.Args < p.Required:
					c.ps.Errorf(RuleCalls, call.Pos, "Недостаточно фактических параметров (%s): %s needs %d, the call passes %d", call.Name, call.Name, p.Required, call.Args)
				}
				continue
			}
			if call.Local {
				continue
			}
			cm := idx[metadata.Fold(call.Qualifier)]
			if cm == nil {
				continue
			}
			infos := info(cm)
			if len(infos) < len(cm.mods) || len(cm.mods) == 0 {
				continue // unreadable or unparsable: reported elsewhere
			}
			var target *Proc
			for _, ti := range infos {
				if p := ti.Find(call.Name); p != nil {
					target = p
				}
			}
			switch {
			case target == nil:
				if !call.Client {
					where := ""
					if cm.obj.File != "" && c.opt.Base != nil && c.cfg.Lookup(metadata.KindCommonModule, cm.obj.Name) == nil {
						where = " (in the base given with --base)"
					}
					c.ps.Errorf(RuleCalls, call.Pos, "Метод объекта не обнаружен (%s): common module %s%s has no method %s", call.Name, cm.obj.Name, where, call.Name)
				}
				continue
			case !target.Export:
				if !call.Client {
					c.ps.Errorf(RuleCalls, call.Pos, "Метод объекта не обнаружен (%s): %s.%s is not exported", call.Name, cm.obj.Name, call.Name)
				}
				continue
			}
			client, server := callerSides(m, flagsOf[m], call.In, call)
			f := cm.flags
			if f == nil {
				continue
			}
			if client && !f.ClientManagedApplication && !(f.ServerCall && f.Server) {
				c.ps.Errorf(RuleCalls, call.Pos, "Переменная не определена (%s): %s is called from client code, but the module is neither a client nor a server-call module", cm.obj.Name, strings.Join([]string{cm.obj.Name, call.Name}, "."))
			}
			if server && !f.Server {
				c.ps.Errorf(RuleCalls, call.Pos, "Переменная не определена (%s): %s is called from server code, but the module is not a server module", cm.obj.Name, strings.Join([]string{cm.obj.Name, call.Name}, "."))
			}
		}
	}
}

// features: constructs newer than the dump's compatibility mode are syntax
// errors for the platform (Асинх and Ждать are plain identifiers in mode
// 8.3.14; the call form of ВызватьИсключение appeared in 8.3.21). The mode
// is ConfigurationExtensionCompatibilityMode for an extension and
// CompatibilityMode for a configuration.
func (c *checker) features() {
	mode, prop := c.cfg.CompatibilityMode, "CompatibilityMode"
	if c.cfg.IsExtension {
		mode, prop = c.cfg.ExtensionCompatibilityMode, "ConfigurationExtensionCompatibilityMode"
	}
	if mode == "" {
		return
	}
	for _, m := range c.cfg.AllModules() {
		mi := c.procs[m]
		if mi == nil {
			continue
		}
		for _, f := range mi.Features {
			if metadata.CompareCompatibility(mode, f.MinCompat) < 0 {
				c.ps.Errorf(RuleCompat, f.Pos, "%s needs compatibility mode %s or later; %s is %s", f.Name, f.MinCompat, prop, mode)
			}
		}
	}
}

// formCallSides: in a form or command module, server code cannot call a
// &НаКлиенте method, and &НаСервереБезКонтекста code cannot call a
// &НаСервере method (it has no form context). The platform reports these
// when the module compiles («Процедура или функция с указанным именем не
// определена»).
func (c *checker) formCallSides(call *Call, callee *Proc) {
	caller := call.In
	if caller == nil {
		return
	}
	serverSide := caller.Directive == "НаСервере" || caller.Directive == "НаСервереБезКонтекста" || caller.Directive == ""
	switch {
	case serverSide && callee.Directive == "НаКлиенте":
		c.ps.Errorf(RuleCalls, call.Pos, "Процедура или функция с указанным именем не определена (%s): %s runs on the server (&%s) and cannot call the &НаКлиенте method %s", call.Name, caller.Name, orServer(caller.Directive), callee.Name)
	case caller.Directive == "НаСервереБезКонтекста" && (callee.Directive == "НаСервере" || callee.Directive == ""):
		c.ps.Errorf(RuleCalls, call.Pos, "Процедура или функция с указанным именем не определена (%s): %s is &НаСервереБезКонтекста and cannot call the form-context method %s", call.Name, caller.Name, callee.Name)
	}
}

func orServer(d string) string {
	if d == "" {
		return "НаСервере"
	}
	return d
}

// isAttachHandler reports ПодключитьОбработчикОжидания /
// ПодключитьОбработчикОповещения-like global methods that name a procedure
// by string.
func isAttachHandler(name string) bool {
	switch metadata.Fold(name) {
	case "подключитьобработчикожидания", "attachidlehandler":
		return true
	}
	return false
}

// idleHandler: the procedure an idle handler names must be reachable from
// where it is attached — the form module itself (form modules), otherwise
// an exported procedure of a global client common module or of the
// managed application module (1c-designer-format.md §7: БСП attaches
// handlers that live in СтандартныеПодсистемыГлобальный).
func (c *checker) idleHandler(m *metadata.Module, mi *ModuleInfo, call *Call, idx map[string]*commonModule) {
	name := call.FirstString
	if m.Kind == metadata.ModuleForm {
		if call.Client || mi.Find(name) != nil {
			return
		}
		c.ps.Errorf(RuleCalls, call.Pos, "ПодключитьОбработчикОжидания(%q): the form module has no procedure %s", name, name)
		return
	}
	if !call.Client {
		return // attached on the client only; the server parse repeats the call
	}
	exported := func(mods []*metadata.Module) bool {
		for _, x := range mods {
			if xi := c.analyze(x); xi != nil {
				if p := xi.Find(name); p != nil && p.Export {
					return true
				}
			}
		}
		return false
	}
	for _, cm := range idx {
		if cm.flags != nil && cm.flags.Global && cm.flags.ClientManagedApplication && exported(cm.mods) {
			return
		}
	}
	var appMods []*metadata.Module
	for _, x := range c.cfg.Modules {
		if x.Kind == metadata.ModuleManagedApplication {
			appMods = append(appMods, x)
		}
	}
	if c.opt.Base != nil && c.cfg.IsExtension {
		for _, x := range c.opt.Base.Modules {
			if x.Kind == metadata.ModuleManagedApplication {
				appMods = append(appMods, x)
			}
		}
	}
	if exported(appMods) {
		return
	}
	c.ps.Errorf(RuleCalls, call.Pos, "ПодключитьОбработчикОжидания(%q): no global client common module or application module exports %s, so the platform cannot find the handler", name, name)
}

// notification: the procedure of an ОписаниеОповещения exists in the module
// it names — this module for ЭтотОбъект, otherwise a common module where it
// must be exported (the platform calls it from outside).
func (c *checker) notification(m *metadata.Module, mi *ModuleInfo, nd *Notification, idx map[string]*commonModule) {
	if f := metadata.Fold(nd.Module); f == "этотобъект" || f == "thisobject" {
		if nd.Client && m.Kind != metadata.ModuleForm && m.Kind != metadata.ModuleCommand {
			return // the server parse reports it
		}
		if mi.Find(nd.Proc) == nil {
			c.ps.Errorf(RuleCalls, nd.Pos, "ОписаниеОповещения(%q, %s): the module has no procedure %s", nd.Proc, nd.Module, nd.Proc)
		}
		return
	}
	if nd.Client {
		return
	}
	cm := idx[metadata.Fold(nd.Module)]
	if cm == nil || len(cm.mods) == 0 {
		return
	}
	for _, x := range cm.mods {
		xi := c.analyze(x)
		if xi == nil {
			return
		}
		if p := xi.Find(nd.Proc); p != nil {
			if !p.Export {
				c.ps.Errorf(RuleCalls, nd.Pos, "ОписаниеОповещения(%q, %s): %s.%s is not exported, so the platform cannot call it", nd.Proc, nd.Module, cm.obj.Name, nd.Proc)
			}
			return
		}
	}
	c.ps.Errorf(RuleCalls, nd.Pos, "ОписаниеОповещения(%q, %s): common module %s has no procedure %s", nd.Proc, nd.Module, cm.obj.Name, nd.Proc)
}
