package xmlread

import (
	"wazzup-unf/mock1c/metadata"
)

// readForm reads an object form: Forms/F.xml (metadata), Forms/F/Ext/Form.xml
// (the managed form) and Forms/F/Ext/Form/Module.bsl.
func (r *reader) readForm(o *metadata.Object, base string, c metadata.ChildRef) *metadata.Form {
	rel := base + "/Forms/" + c.Name + ".xml"
	if !r.exists(rel) {
		r.errorf(RuleChildObjects, c.Pos, "form %s is listed in ChildObjects but %s does not exist", c.Name, rel)
		return nil
	}
	n := r.load(rel, nil)
	if n == nil {
		return nil
	}
	el := n.child("Form")
	if n.tag != "MetaDataObject" || el == nil {
		r.errorf(RuleXML, n.pos, "%s must be <MetaDataObject><Form …>", rel)
		return nil
	}
	f := &metadata.Form{UUID: el.attr("uuid"), File: rel, Pos: el.pos}
	if p := el.child("Properties"); p != nil {
		f.Props = mapProps(p, newInterner())
	}
	for _, p := range f.Props {
		switch p.Name() {
		case "Name":
			f.Name = p.Text()
		case "ObjectBelonging":
			f.Adopted = p.Text() == "Adopted"
		case "ExtendedConfigurationObject":
			f.Extends = p.Text()
		}
	}
	if !metadata.EqualFold(f.Name, c.Name) {
		r.errorf(RuleChildObjects, el.pos, "%s describes a form named %q, but ChildObjects lists %q", rel, f.Name, c.Name)
	}
	dir := base + "/Forms/" + c.Name
	r.claimDir(dir+"/", o.FullName())
	r.formBodyAndModule(f, dir, o.FullName()+".Form."+c.Name, formTypeOf(f))
	return f
}

func formTypeOf(f *metadata.Form) string {
	for _, p := range f.Props {
		if p.Name() == "FormType" {
			return p.Text()
		}
	}
	return "Managed"
}

// formBodyAndModule reads dir/Ext/Form.xml and dir/Ext/Form/Module.bsl.
func (r *reader) formBodyAndModule(f *metadata.Form, dir, owner, formType string) {
	body := dir + "/Ext/Form.xml"
	if formType == "Ordinary" {
		// Ordinary forms are binary (Form.bin); the model has no use for them.
		r.claimDir(dir+"/Ext/", owner)
		return
	}
	if r.exists(body) {
		f.Body = r.readFormBody(body)
	} else {
		r.errorf(RuleChildObjects, metadata.Pos{File: f.File}, "managed form %s has no %s", owner, body)
	}
	if mod := dir + "/Ext/Form/Module.bsl"; r.exists(mod) {
		f.Module = metadata.NewModule(metadata.ModuleForm, r.dir, mod, owner)
		r.claim(mod, true)
	}
}

// readFormBody maps a managed form's Form.xml. The BaseForm copy of an
// adopted form is skipped without building nodes.
func (r *reader) readFormBody(rel string) *metadata.FormBody {
	n := r.load(rel, skipSet{"BaseForm": true})
	if n == nil {
		return nil
	}
	if n.tag != "Form" {
		r.errorf(RuleXML, n.pos, "root element is <%s>, want <Form>", n.tag)
		return nil
	}
	b := &metadata.FormBody{File: rel, Version: n.attr("version")}
	for _, k := range n.kids {
		switch k.tag {
		case "Events":
			b.Events = mapEvents(k)
		case "AutoCommandBar":
			b.Items = append(b.Items, mapItem(k))
		case "ChildItems":
			for _, c := range k.kids {
				b.Items = append(b.Items, mapItem(c))
			}
		case "Attributes":
			for _, a := range k.kids {
				if a.tag == "Attribute" {
					b.Attributes = append(b.Attributes, mapFormAttr(a))
				}
			}
		case "Commands":
			for _, c := range k.kids {
				cmd := &metadata.FormCommand{Name: c.attr("name"), ID: c.attr("id"), Pos: c.pos}
				if a := c.child("Action"); a != nil {
					cmd.Action, cmd.ActionPos, cmd.CallType = a.text, a.pos, a.attr("callType")
				}
				b.Commands = append(b.Commands, cmd)
			}
		case "Parameters":
			for _, p := range k.kids {
				fp := &metadata.FormParameter{Name: p.attr("name"), Pos: p.pos, Key: p.childText("KeyParameter") == "true"}
				fp.Types = typeRefs(p.child("Type"))
				b.Parameters = append(b.Parameters, fp)
			}
		case "BaseForm":
			b.HasBaseForm = true
		}
	}
	return b
}

func mapEvents(n *node) []metadata.Event {
	var out []metadata.Event
	for _, e := range n.kids {
		if e.tag == "Event" {
			out = append(out, metadata.Event{Name: e.attr("name"), Handler: e.text, CallType: e.attr("callType"), Pos: e.pos})
		}
	}
	return out
}

// mapItem maps a form item; any child element with name and id attributes
// is an item too (ContextMenu, ExtendedTooltip, a table's command bar, …).
func mapItem(n *node) *metadata.FormItem {
	it := &metadata.FormItem{Tag: n.tag, Name: n.attr("name"), ID: n.attr("id"), Pos: n.pos}
	switch n.tag {
	case "AutoCommandBar": // <Autofill> is written only when false
		it.Autofill = n.childText("Autofill") != "false"
	case "CommandBar":
		it.Autofill = n.childText("Autofill") == "true"
	}
	for _, k := range n.kids {
		switch {
		case k.tag == "DataPath":
			it.DataPath, it.DataPathPos = k.text, k.pos
		case k.tag == "CommandName":
			it.CommandName, it.CommandPos = k.text, k.pos
		case k.tag == "Events":
			it.Events = mapEvents(k)
		case k.tag == "ChildItems":
			for _, c := range k.kids {
				it.Items = append(it.Items, mapItem(c))
			}
		case k.attr("name") != "" && k.attr("id") != "":
			it.Items = append(it.Items, mapItem(k))
		}
	}
	return it
}

func mapFormAttr(a *node) *metadata.FormAttribute {
	fa := &metadata.FormAttribute{Name: a.attr("name"), ID: a.attr("id"), Pos: a.pos,
		Main: a.childText("MainAttribute") == "true", Types: typeRefs(a.child("Type"))}
	if cols := a.child("Columns"); cols != nil {
		for _, c := range cols.kids {
			switch c.tag {
			case "Column":
				fa.Columns = append(fa.Columns, mapFormAttr(c))
			case "AdditionalColumns":
				for _, cc := range c.kids {
					fa.Columns = append(fa.Columns, mapFormAttr(cc))
				}
			}
		}
	}
	return fa
}

func typeRefs(n *node) []metadata.TypeRef {
	if n == nil {
		return nil
	}
	var out []metadata.TypeRef
	for _, k := range n.kids {
		switch k.tag {
		case "v8:Type", "v8:TypeSet":
			out = append(out, metadata.TypeRef{Name: k.text, Set: k.tag == "v8:TypeSet", Pos: k.pos})
		}
	}
	return out
}
