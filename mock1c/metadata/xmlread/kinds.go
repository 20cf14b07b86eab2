package xmlread

import (
	"strings"

	"wazzup-unf/mock1c/metadata"
)

// kindSpecific fills the typed part of modelled kinds and reads their
// companion files under Ext/.
func (r *reader) kindSpecific(o *metadata.Object, base string) {
	if rel := base + "/Ext/Predefined.xml"; r.exists(rel) {
		o.Predefined = r.readPredefined(rel)
	}
	switch o.Kind {
	case metadata.KindCommonModule:
		f := &metadata.CommonModuleFlags{ReturnValuesReuse: o.PropText("ReturnValuesReuse")}
		f.Global = parseBool(o.PropText("Global"))
		f.ClientManagedApplication = parseBool(o.PropText("ClientManagedApplication"))
		f.Server = parseBool(o.PropText("Server"))
		f.ExternalConnection = parseBool(o.PropText("ExternalConnection"))
		f.ClientOrdinaryApplication = parseBool(o.PropText("ClientOrdinaryApplication"))
		f.ServerCall = parseBool(o.PropText("ServerCall"))
		f.Privileged = parseBool(o.PropText("Privileged"))
		o.ModuleFlags = f
	case metadata.KindEventSubscription:
		s := &metadata.Subscription{Event: o.PropText("Event"), Handler: o.PropText("Handler")}
		if p := o.Prop("Source"); p != nil {
			s.Source = p.Types()
		}
		if p := o.Prop("Handler"); p != nil {
			s.HandlerPos = p.Pos()
		}
		o.Subscription = s
	case metadata.KindScheduledJob:
		j := &metadata.ScheduledJob{MethodName: o.PropText("MethodName"), Use: parseBool(o.PropText("Use")),
			Predefined: parseBool(o.PropText("Predefined")), Key: o.PropText("Key"),
			RestartCount: atoi(o.PropText("RestartCountOnFailure")), RestartPeriod: atoi(o.PropText("RestartIntervalOnFailure"))}
		if p := o.Prop("MethodName"); p != nil {
			j.MethodPos = p.Pos()
		}
		if rel := base + "/Ext/Schedule.xml"; r.exists(rel) {
			j.Schedule = r.readSchedule(rel)
		}
		o.Job = j
	case metadata.KindRole:
		if rel := base + "/Ext/Rights.xml"; r.exists(rel) {
			o.Rights = r.readRights(rel)
		}
	case metadata.KindSubsystem:
		c := &metadata.SubsystemContent{}
		if p := o.Prop("Content"); p != nil {
			c.Items = p.Items()
		}
		if rel := base + "/Ext/CommandInterface.xml"; r.exists(rel) {
			c.CommandInterface = r.readCommandInterface(rel)
		}
		o.Content = c
	case metadata.KindCommonCommand:
		c := &metadata.CommandInfo{Group: o.PropText("Group"), ParameterUse: o.PropText("ParameterUseMode"),
			ModifiesData: parseBool(o.PropText("ModifiesData"))}
		if p := o.Prop("CommandParameterType"); p != nil {
			c.ParameterTypes = p.Types()
		}
		o.Command = c
	case metadata.KindCommonForm:
		f := &metadata.Form{Name: o.Name, UUID: o.UUID, File: o.File, Pos: o.Pos, Adopted: o.Adopted, Extends: o.Extends, Props: o.Props}
		r.formBodyAndModule(f, base, o.FullName(), formTypeOf(f))
		o.Forms = append(o.Forms, f)
	case metadata.KindCommonPicture:
		if rel := base + "/Ext/Picture.xml"; r.exists(rel) {
			if n := r.load(rel, nil); n != nil {
				if abs := n.child("Picture").childText("Abs"); abs != "" && !r.exists(base+"/Ext/Picture/"+abs) {
					r.errorf(RuleChildObjects, n.child("Picture").pos, "picture file %s/Ext/Picture/%s named by xr:Abs does not exist", base, abs)
				}
			}
		}
	}
}

func (r *reader) readSchedule(rel string) *metadata.Schedule {
	n := r.load(rel, nil)
	if n == nil {
		return nil
	}
	s := n.child("Schedule")
	if n.tag != "JobSchedule" || s == nil {
		r.errorf(RuleXML, n.pos, "%s must be <JobSchedule><Schedule …>", rel)
		return nil
	}
	out := &metadata.Schedule{Pos: s.pos, Attrs: map[string]string{}}
	for _, a := range s.attrs {
		out.Attrs[a.Name.Local] = a.Value
	}
	out.RepeatPeriodInDay = atoi(out.Attrs["RepeatPeriodInDay"])
	out.WeekDays = ints(s.childText("WeekDays"))
	out.Months = ints(s.childText("Months"))
	return out
}

func ints(s string) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		out = append(out, atoi(f))
	}
	return out
}

func (r *reader) readRights(rel string) *metadata.Rights {
	n := r.load(rel, nil)
	if n == nil {
		return nil
	}
	if n.tag != "Rights" {
		r.errorf(RuleXML, n.pos, "root element is <%s>, want <Rights>", n.tag)
		return nil
	}
	rs := &metadata.Rights{File: rel, Version: n.attr("version"),
		SetForNewObjects:                parseBool(n.childText("setForNewObjects")),
		SetForAttributesByDefault:       parseBool(n.childText("setForAttributesByDefault")),
		IndependentRightsOfChildObjects: parseBool(n.childText("independentRightsOfChildObjects"))}
	for _, k := range n.kids {
		if k.tag != "object" {
			continue
		}
		ro := &metadata.RightsObject{Name: k.childText("name"), Pos: k.pos}
		if nm := k.child("name"); nm != nil {
			ro.Pos = nm.pos
		}
		for _, rt := range k.kids {
			if rt.tag == "right" {
				r := metadata.Right{Name: rt.childText("name"), Value: rt.childText("value") == "true", Pos: rt.pos}
				if nm := rt.child("name"); nm != nil {
					r.Pos = nm.pos
				}
				ro.Rights = append(ro.Rights, r)
			}
		}
		rs.Objects = append(rs.Objects, ro)
	}
	return rs
}

func (r *reader) readCommandInterface(rel string) *metadata.CommandInterface {
	n := r.load(rel, nil)
	if n == nil {
		return nil
	}
	if n.tag != "CommandInterface" {
		r.errorf(RuleXML, n.pos, "root element is <%s>, want <CommandInterface>", n.tag)
		return nil
	}
	ci := &metadata.CommandInterface{File: rel, Version: n.attr("version")}
	for _, sec := range n.kids {
		for _, c := range sec.kids {
			switch c.tag {
			case "Command":
				ci.Commands = append(ci.Commands, metadata.CICommand{Section: sec.tag, Name: c.attr("name"), Group: c.childText("CommandGroup"), Pos: c.pos})
			case "Subsystem": // SubsystemsOrder
				ci.Commands = append(ci.Commands, metadata.CICommand{Section: sec.tag, Name: c.text, Pos: c.pos})
			}
		}
	}
	return ci
}

// readPredefined maps Ext/Predefined.xml: <PredefinedData> with <Item id>
// elements (Name, Code, Description, Type for characteristic kinds,
// IsFolder, ChildItems). Other item fields (accounts' AccountType,
// ExtDimensionTypes, …) are not kept.
func (r *reader) readPredefined(rel string) *metadata.Predefined {
	n := r.load(rel, nil)
	if n == nil {
		return nil
	}
	if n.tag != "PredefinedData" {
		r.errorf(RuleXML, n.pos, "root element is <%s>, want <PredefinedData>", n.tag)
		return nil
	}
	return &metadata.Predefined{File: rel, Version: n.attr("version"), Items: predefinedItems(n)}
}

func predefinedItems(n *node) []*metadata.PredefinedItem {
	var out []*metadata.PredefinedItem
	for _, k := range n.kids {
		if k.tag != "Item" {
			continue
		}
		it := &metadata.PredefinedItem{ID: k.attr("id"), Pos: k.pos, Name: k.childText("Name"),
			Code: k.childText("Code"), Description: k.childText("Description"),
			IsFolder: k.childText("IsFolder") == "true", Types: typeRefs(k.child("Type"))}
		if c := k.child("ChildItems"); c != nil {
			it.Children = predefinedItems(c)
		}
		out = append(out, it)
	}
	return out
}
