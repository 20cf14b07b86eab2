package check

import (
	"runtime"
	"strings"
	"sync"

	"wazzup-unf/mock1c/metadata"
)

// ModuleAnalyzer parses a BSL module and reports what the metadata rules
// need. The implementation lives with the BSL front end (see bslmod); the
// check package itself never parses BSL.
type ModuleAnalyzer interface {
	// Analyze parses src (the module text, BOM removed). Problems carry
	// positions in m.Path; syntax errors use RuleModuleParse.
	Analyze(m *metadata.Module, src []byte) (*ModuleInfo, []*metadata.Problem)
}

// ModuleInfo is what a module declares.
type ModuleInfo struct {
	Procs []*Proc
	// Calls are the calls written as Имя(…) or Имя.Метод(…), with the
	// procedure they are written in.
	Calls []*Call
	// Notifications are «Новый ОписаниеОповещения("Имя", Модуль)» with a
	// literal procedure name and a plain module argument.
	Notifications []*Notification
	// Features are language constructs that need a minimum compatibility
	// mode (Асинх methods: 8.3.18; the call form of ВызватьИсключение:
	// 8.3.21).
	Features []*Feature
	// Findings are rule problems the analyzer found on its own (directives,
	// regions, description comments, timeouts, unresolved calls).
	Findings []*metadata.Problem
}

// Proc is a procedure or function of a module.
type Proc struct {
	Name      string
	Function  bool
	Export    bool
	Directive string // "НаСервере", "НаКлиенте", … ("" when none)
	// Annotations of an extension method: "После", "Перед", "Вместо",
	// "ИзменениеИКонтроль" with the intercepted name.
	Annotation, Target string
	Pos                metadata.Pos
	// Params is the number of formal parameters; Required those without a
	// default value.
	Params, Required int
}

// Notification is a «Новый ОписаниеОповещения("Процедура", Модуль)».
type Notification struct {
	Proc   string // the procedure name literal
	Module string // ЭтотОбъект / ThisObject, or a common module name
	Pos    metadata.Pos
	Client bool // found in the client parse
}

// Feature is a use of a version-dependent language construct.
type Feature struct {
	Name      string // "Асинх", "ВызватьИсключение(…)"
	MinCompat string // "Version8_3_18"
	Pos       metadata.Pos
}

// Call is a call site: Name(…) when Qualifier is empty, Qualifier.Name(…)
// otherwise.
type Call struct {
	Qualifier string
	Name      string
	Args      int
	Pos       metadata.Pos
	In        *Proc // the calling method; nil for module-body code
	// Local is true when Qualifier names a local variable or parameter of
	// the calling method, so it cannot be a common module.
	Local bool
	// Client is true for calls found in the module's client-side parse
	// (common modules available on the client).
	Client bool
	// FirstString is the first argument when it is a string literal
	// (ПодключитьОбработчикОжидания("Имя", …)).
	FirstString string
}

// Find returns the procedure named name (any case) or nil.
func (mi *ModuleInfo) Find(name string) *Proc {
	if mi == nil {
		return nil
	}
	for _, p := range mi.Procs {
		if metadata.EqualFold(p.Name, name) {
			return p
		}
	}
	return nil
}

// modules runs the analyzer on every module once, one goroutine per CPU
// (Analyze must be safe for concurrent use; bslcheck's is).
func (c *checker) modules() {
	mods := c.cfg.AllModules()
	type result struct {
		mi    *ModuleInfo
		probs []*metadata.Problem
		err   error
	}
	results := make([]result, len(mods))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				raw, err := mods[i].RawSource()
				if err != nil {
					results[i].err = err
					continue
				}
				var bytesProbs metadata.Problems
				metadata.CheckDesignerBytes(&bytesProbs, mods[i].Path, raw)
				results[i].mi, results[i].probs = c.opt.Modules.Analyze(mods[i], metadata.TrimBOM(raw))
				results[i].probs = append(results[i].probs, bytesProbs.List...)
			}
		}()
	}
	for i := range mods {
		next <- i
	}
	close(next)
	wg.Wait()
	if c.procs == nil {
		c.procs = map[*metadata.Module]*ModuleInfo{}
	}
	for i, m := range mods {
		r := results[i]
		if r.err != nil {
			c.ps.Errorf(RuleModuleParse, metadata.Pos{File: m.Path}, "cannot read module: %v", r.err)
		}
		c.ps.Add(r.probs...)
		if r.mi != nil {
			c.ps.Add(r.mi.Findings...)
		}
		c.procs[m] = r.mi
	}
}

// analyze returns the cached analysis of m (nil when unavailable).
func (c *checker) analyze(m *metadata.Module) *ModuleInfo {
	if c.opt.Modules == nil || m == nil {
		return nil
	}
	if c.procs == nil {
		c.procs = map[*metadata.Module]*ModuleInfo{}
	}
	if mi, ok := c.procs[m]; ok {
		return mi
	}
	src, err := m.Source()
	if err != nil {
		c.ps.Errorf(RuleModuleParse, metadata.Pos{File: m.Path}, "cannot read module: %v", err)
		c.procs[m] = nil
		return nil
	}
	mi, ps := c.opt.Modules.Analyze(m, src)
	c.ps.Add(ps...)
	if mi != nil {
		c.ps.Add(mi.Findings...)
	}
	c.procs[m] = mi
	return mi
}

// handlers: subscription Handler / job MethodName name an exported
// procedure of a server common module; form events and command actions
// name procedures of the form module.
func (c *checker) handlers() {
	c.objects(func(o *metadata.Object) {
		switch {
		case o.Subscription != nil && !o.Adopted:
			c.methodRef(o, "Handler", o.Subscription.Handler, o.Subscription.HandlerPos)
		case o.Job != nil && !o.Adopted:
			c.methodRef(o, "MethodName", o.Job.MethodName, o.Job.MethodPos)
		}
		for _, f := range o.Forms {
			c.formHandlers(o, f)
		}
		if o.Kind == metadata.KindCommonCommand && !o.Adopted {
			c.commandHandler(o.FullName(), o.Module(metadata.ModuleCommand), o.Pos)
		}
		for _, ch := range o.ChildrenOf("Command") {
			if !ch.Adopted {
				c.commandHandler(o.FullName()+".Command."+ch.Name, ch.Module, ch.Pos)
			}
		}
	})
}

// commandHandler: a command's module defines the client procedure
// ОбработкаКоманды(ПараметрКоманды, ПараметрыВыполненияКоманды), which the
// platform calls when the command is chosen.
func (c *checker) commandHandler(owner string, m *metadata.Module, pos metadata.Pos) {
	if m == nil {
		c.ps.Errorf(RuleHandlers, pos, "command %s has no CommandModule.bsl, so it has no ОбработкаКоманды handler", owner)
		return
	}
	mi := c.analyze(m)
	if mi == nil {
		return
	}
	p := mi.Find("ОбработкаКоманды")
	if p == nil {
		p = mi.Find("CommandProcessing")
	}
	switch {
	case p == nil:
		c.ps.Errorf(RuleHandlers, metadata.Pos{File: m.Path}, "command %s: the module has no procedure ОбработкаКоманды(ПараметрКоманды, ПараметрыВыполненияКоманды)", owner)
	case p.Directive != "НаКлиенте":
		c.ps.Errorf(RuleHandlers, p.Pos, "command %s: ОбработкаКоманды must be &НаКлиенте (the command runs on the client)", owner)
	case p.Function:
		c.ps.Errorf(RuleHandlers, p.Pos, "command %s: ОбработкаКоманды must be a procedure", owner)
	}
}

// methodRef checks "CommonModule.Module.Procedure".
func (c *checker) methodRef(o *metadata.Object, prop, ref string, pos metadata.Pos) {
	parts := strings.Split(ref, ".")
	if len(parts) != 3 || parts[0] != "CommonModule" {
		c.ps.Errorf(RuleHandlers, pos, "%s.%s %q must have the form CommonModule.<Module>.<Procedure>", o.FullName(), prop, ref)
		return
	}
	mod := c.cfg.Lookup(metadata.KindCommonModule, parts[1])
	if mod == nil {
		c.ps.Errorf(RuleHandlers, pos, "%s.%s names common module %s, which is not in this dump", o.FullName(), prop, parts[1])
		return
	}
	flags := mod.ModuleFlags
	if mod.Adopted && c.opt.Base != nil {
		if b := c.opt.Base.Lookup(metadata.KindCommonModule, parts[1]); b != nil && b.ModuleFlags != nil {
			flags = b.ModuleFlags
		}
	}
	if flags != nil && !flags.Server {
		c.ps.Errorf(RuleHandlers, pos, "%s.%s names %s, which is not a server module (Server=false): the handler runs on the server", o.FullName(), prop, parts[1])
	}
	if flags != nil && flags.Global {
		c.ps.Errorf(RuleHandlers, pos, "%s.%s names global module %s: handlers must be in a non-global server module", o.FullName(), prop, parts[1])
	}
	if c.opt.Modules == nil {
		return
	}
	m := mod.Module(metadata.ModuleCommon)
	mi := c.analyze(m)
	if m != nil && mi == nil {
		return // unreadable or unparsable: reported by analyze
	}
	p := mi.Find(parts[2])
	switch {
	case p == nil:
		c.ps.Errorf(RuleHandlers, pos, "%s.%s names %s, but module %s has no procedure %s", o.FullName(), prop, ref, parts[1], parts[2])
	case !p.Export:
		c.ps.Errorf(RuleHandlers, p.Pos, "%s.%s names %s, which is not exported (add Экспорт)", o.FullName(), prop, ref)
	case p.Function:
		c.ps.Errorf(RuleHandlers, p.Pos, "%s.%s names %s, which is a function; the platform calls a procedure", o.FullName(), prop, ref)
	case o.Subscription != nil:
		c.subscriptionArity(o, p)
	case o.Job != nil && p.Required > 0:
		c.ps.Errorf(RuleHandlers, p.Pos, "%s.%s names %s, which has %d required parameters; the platform calls a scheduled job's method without arguments", o.FullName(), prop, ref, p.Required)
	}
}

// formHandlers checks events and command actions against the form module.
func (c *checker) formHandlers(o *metadata.Object, f *metadata.Form) {
	if f.Body == nil {
		return
	}
	owner := o.FullName()
	if o.Kind != metadata.KindCommonForm {
		owner += ".Form." + f.Name
	}
	type ref struct {
		what, name string
		pos        metadata.Pos
		itemTag    string // "" for the form, "Command" for a command action
		event      string
	}
	// An adopted form's Form.xml repeats the base form: handlers without a
	// callType live in the base form's module; only Before/After/Override
	// handlers belong to the extension's module.
	adopted := f.Body.HasBaseForm
	var refs []ref
	for _, e := range f.Body.Events {
		if !adopted || e.CallType != "" {
			refs = append(refs, ref{"form event " + e.Name, e.Handler, e.Pos, "", e.Name})
		}
	}
	for _, top := range f.Body.Items {
		top.Walk(func(it *metadata.FormItem) {
			for _, e := range it.Events {
				if !adopted || e.CallType != "" {
					refs = append(refs, ref{"event " + e.Name + " of " + it.Name, e.Handler, e.Pos, it.Tag, e.Name})
				}
			}
		})
	}
	for _, cm := range f.Body.Commands {
		if cm.Action != "" && (!adopted || cm.CallType != "") {
			refs = append(refs, ref{"command " + cm.Name, cm.Action, cm.ActionPos, "Command", ""})
		}
	}
	if len(refs) == 0 {
		return
	}
	if f.Module == nil {
		c.ps.Errorf(RuleHandlers, refs[0].pos, "%s: %s names handler %s, but the form has no module (Ext/Form/Module.bsl)", owner, refs[0].what, refs[0].name)
		return
	}
	mi := c.analyze(f.Module)
	if mi == nil {
		return
	}
	for _, r := range refs {
		if r.name == "" {
			c.ps.Errorf(RuleHandlers, r.pos, "%s: %s has an empty handler", owner, r.what)
			continue
		}
		p := mi.Find(r.name)
		if p == nil {
			c.ps.Errorf(RuleHandlers, r.pos, "%s: %s names %s, which the form module does not define", owner, r.what, r.name)
			continue
		}
		n, params := formEventArgs(r.itemTag, r.event)
		if r.itemTag == "" && (r.event == "OnClose" || r.event == "BeforeClose") && c.compatBelow("Version8_3_8") {
			// ЗавершениеРаботы (and ТекстПредупреждения) came with 8.3.8;
			// below that mode the platform passes fewer arguments, and
			// real forms of such configurations declare fewer parameters.
			n = 0
		}
		if n > 0 && (p.Params < n || p.Required > n) {
			c.ps.Errorf(RuleHandlers, p.Pos, "%s: handler %s of %s takes %d parameters (%d required); the platform passes %d (%s)", owner, p.Name, r.what, p.Params, p.Required, n, params)
		}
	}
}

// commonModules applies standard #469: the name suffix matches the flags.
// Only the dump's own modules (adopted ones keep the base's names).
func (c *checker) commonModules() {
	for _, o := range c.cfg.ByKind(metadata.KindCommonModule) {
		if o.Adopted || o.ModuleFlags == nil {
			continue
		}
		for _, msg := range moduleNameProblems(o.Name, o.ModuleFlags) {
			c.ps.Warnf(RuleModuleName, propPos(o, "Name"), "common module %s: %s (standard #469)", o.Name, msg)
		}
	}
}

// moduleNameProblems compares a common module's name suffix with its flags
// per standard #469 «Правила создания общих модулей».
func moduleNameProblems(name string, f *metadata.CommonModuleFlags) []string {
	var out []string
	base := strings.TrimSuffix(name, "Переопределяемый")
	reuse := strings.HasSuffix(base, "ПовтИсп")
	base = strings.TrimSuffix(base, "ПовтИсп")
	full := strings.HasSuffix(base, "ПолныеПрава")
	base = strings.TrimSuffix(base, "ПолныеПрава")
	global := strings.HasSuffix(base, "Глобальный")
	base = strings.TrimSuffix(base, "Глобальный")
	// ClientOrdinaryApplication alone is how БСП server modules serve the
	// thick ordinary client; "client" in #469 means the managed client.
	client := f.ClientManagedApplication
	switch {
	case reuse && f.ReturnValuesReuse == "DontUse":
		out = append(out, "suffix ПовтИсп needs ReturnValuesReuse DuringRequest or DuringSession")
	case !reuse && f.ReturnValuesReuse != "" && f.ReturnValuesReuse != "DontUse":
		out = append(out, "ReturnValuesReuse="+f.ReturnValuesReuse+" needs the suffix ПовтИсп")
	}
	switch {
	case full && !f.Privileged:
		out = append(out, "suffix ПолныеПрава needs Privileged=true")
	case !full && f.Privileged:
		out = append(out, "Privileged=true needs the suffix ПолныеПрава")
	}
	switch {
	case global && !f.Global:
		out = append(out, "suffix Глобальный needs Global=true")
	case !global && f.Global:
		out = append(out, "Global=true needs the suffix Глобальный")
	}
	switch {
	case strings.HasSuffix(base, "ВызовСервера"):
		if !f.ServerCall || !f.Server || client {
			out = append(out, "suffix ВызовСервера means Server=true, ServerCall=true and no client flags")
		}
	case strings.HasSuffix(base, "КлиентСервер"):
		if !f.Server || !client || f.ServerCall {
			out = append(out, "suffix КлиентСервер means Server=true, a client flag and ServerCall=false")
		}
	case strings.HasSuffix(base, "Клиент"):
		if f.Server || f.ServerCall || !client {
			out = append(out, "suffix Клиент means client flags only (Server=false, ServerCall=false)")
		}
	case strings.HasSuffix(base, "Сервер"):
		if !f.Server || f.ServerCall || client {
			out = append(out, "suffix Сервер means Server=true only")
		}
	default:
		switch {
		case f.ServerCall && !reuse:
			out = append(out, "ServerCall=true needs the suffix ВызовСервера")
		case client && f.Server:
			out = append(out, "a client and server module needs the suffix КлиентСервер")
		case client && !f.Global:
			out = append(out, "a client module needs the suffix Клиент")
		}
	}
	return out
}

// prefix: own objects of an extension (and own sub-objects of adopted
// ones) start with NamePrefix («Требования к программным продуктам»,
// v8-code-style extension-*-prefix).
func (c *checker) prefix() {
	pfx := c.cfg.NamePrefix
	if pfx == "" {
		c.ps.Warnf(RulePrefix, c.cfg.Root.Pos, "the extension has no NamePrefix")
		return
	}
	has := func(name string) bool { return strings.HasPrefix(metadata.Fold(name), metadata.Fold(pfx)) }
	c.objects(func(o *metadata.Object) {
		if !o.Adopted && !has(o.Name) {
			c.ps.Warnf(RulePrefix, propPos(o, "Name"), "own object %s does not start with the extension prefix %s", o.FullName(), pfx)
		}
		if o.Adopted {
			for _, ch := range o.Children {
				if !ch.Adopted && !has(ch.Name) {
					c.ps.Warnf(RulePrefix, ch.Pos, "own %s %s of adopted %s does not start with the prefix %s", ch.Tag, ch.Name, o.FullName(), pfx)
				}
			}
			for _, f := range o.Forms {
				if !f.Adopted && !has(f.Name) {
					c.ps.Warnf(RulePrefix, f.Pos, "own form %s of adopted %s does not start with the prefix %s", f.Name, o.FullName(), pfx)
				}
			}
		}
	})
	if c.opt.Modules == nil {
		return
	}
	// Own methods in adopted modules, and in the root modules.
	var mods []*metadata.Module
	mods = append(mods, c.cfg.Modules...)
	c.objects(func(o *metadata.Object) {
		if o.Adopted {
			mods = append(mods, o.Modules...)
			for _, f := range o.Forms {
				if f.Adopted && f.Module != nil {
					mods = append(mods, f.Module)
				}
			}
		}
	})
	for _, m := range mods {
		mi := c.analyze(m)
		if mi == nil {
			continue
		}
		for _, p := range mi.Procs {
			if !has(p.Name) {
				c.ps.Warnf(RulePrefix, p.Pos, "method %s in adopted module %s does not start with the prefix %s", p.Name, m.Owner, pfx)
			}
		}
	}
}

// interceptions: in an extension applied to a base, every &Перед/&После/
// &Вместо/&ИзменениеИКонтроль("X") names a method X of the same module of
// the base object; an own object's module cannot intercept anything.
func (c *checker) interceptions() {
	if c.merged == nil || c.opt.Modules == nil {
		return
	}
	pairs := func(ext, base []*metadata.Module, own bool) {
		for _, em := range ext {
			mi := c.analyze(em)
			if mi == nil {
				continue
			}
			var bm *metadata.Module
			for _, b := range base {
				if b.Kind == em.Kind {
					bm = b
				}
			}
			var bi *ModuleInfo
			if bm != nil {
				bi = c.analyze(bm)
			}
			for _, p := range mi.Procs {
				if p.Annotation == "" {
					continue
				}
				switch {
				case own:
					c.ps.Errorf(metadata.RuleAdoption, p.Pos, "&%s(%q) in %s: only modules of adopted objects can intercept base methods", p.Annotation, p.Target, em.Owner)
				case bm == nil:
					c.ps.Errorf(metadata.RuleAdoption, p.Pos, "&%s(%q) in %s: the base object has no %s to intercept", p.Annotation, p.Target, em.Owner, em.Kind)
				case bi != nil && bi.Find(p.Target) == nil:
					c.ps.Errorf(metadata.RuleAdoption, p.Pos, "&%s(%q): the base module %s has no method %s, so the extension cannot be applied", p.Annotation, p.Target, bm.Path, p.Target)
				case metadata.EqualFold(p.Name, p.Target):
					c.ps.Errorf(metadata.RuleAdoption, p.Pos, "interceptor %s has the name of the method it intercepts; an extension method needs its own (prefixed) name", p.Name)
				}
			}
		}
	}
	pairs(c.cfg.Modules, c.opt.Base.Modules, false)
	for _, mo := range c.merged.Objects {
		if mo.Ext == nil {
			continue
		}
		if mo.Base == nil {
			var own []*metadata.Module
			own = append(own, mo.Ext.Modules...)
			for _, f := range mo.Ext.Forms {
				if f.Module != nil {
					own = append(own, f.Module)
				}
			}
			pairs(own, nil, true)
			continue
		}
		pairs(mo.Ext.Modules, mo.Base.Modules, false)
		for _, f := range mo.Ext.Forms {
			if f.Module == nil || !f.Adopted {
				continue
			}
			var bmods []*metadata.Module
			if bf := mo.Base.Form(f.Name); bf != nil && bf.Module != nil {
				bmods = append(bmods, bf.Module)
			}
			pairs([]*metadata.Module{f.Module}, bmods, false)
		}
	}
}

// compatBelow reports whether the dump's own compatibility mode (an
// extension's ConfigurationExtensionCompatibilityMode) is older than mode.
func (c *checker) compatBelow(mode string) bool {
	own := c.cfg.CompatibilityMode
	if c.cfg.IsExtension {
		own = c.cfg.ExtensionCompatibilityMode
	}
	return own != "" && metadata.CompareCompatibility(own, mode) < 0
}
