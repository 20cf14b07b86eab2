package dumpgen

import "fmt"

// renderForms writes the form metadata file and Ext/Form.xml of each form.
// The real УНФ forms are proprietary; ours are deliberately simple. Their main
// command bar is written as <AutoCommandBar name="ФормаКоманднаяПанель" id="-1"/>
// with no <Autofill> element: Autofill defaults to true and the Designer never
// writes an explicit true (platform-runtime-facts.md §4.1), so the platform fills
// the bar with the form's standard commands and the parameterised common
// commands whose parameter type matches the form's main attribute.
func renderForms(out files, dir, full, kind, name string, forms []FormDef) {
	for _, f := range forms {
		w := newDoc()
		w.open("Form", "uuid", f.UUID)
		w.open("Properties")
		w.leaf("Name", f.Name)
		w.loc("Synonym", f.Syn)
		w.empty("Comment")
		w.leaf("FormType", "Managed")
		w.boolLeaf("IncludeHelpInContents", false)
		w.open("UsePurposes")
		w.leaf("v8:Value", "PlatformApplication", "xsi:type", "app:ApplicationUsePurpose")
		w.leaf("v8:Value", "MobilePlatformApplication", "xsi:type", "app:ApplicationUsePurpose")
		w.close("UsePurposes")
		w.close("Properties")
		w.close("Form")
		out[dir+"/Forms/"+f.Name+".xml"] = finish(w)
		switch f.Kind {
		case "object":
			out[dir+"/Forms/"+f.Name+"/Ext/Form.xml"] = objectForm(kind, name, f)
		case "list":
			out[dir+"/Forms/"+f.Name+"/Ext/Form.xml"] = listForm(full, f)
		default:
			panic("form kind " + f.Kind)
		}
	}
}

func formDoc() *xw {
	w := &xw{}
	w.line(xmlDecl)
	w.line(formHeader)
	w.depth = 1
	return w
}

func objectForm(kind, name string, f FormDef) []byte {
	w := formDoc()
	w.empty("AutoCommandBar", "name", "ФормаКоманднаяПанель", "id", "-1")
	w.open("ChildItems")
	id := 1
	for _, fl := range f.Fields {
		w.open("InputField", "name", fl.Name, "id", fmt.Sprint(id))
		w.leaf("DataPath", fl.DataPath)
		w.empty("ContextMenu", "name", fl.Name+"КонтекстноеМеню", "id", fmt.Sprint(id+1))
		w.empty("ExtendedTooltip", "name", fl.Name+"РасширеннаяПодсказка", "id", fmt.Sprint(id+2))
		w.close("InputField")
		id += 3
	}
	w.close("ChildItems")
	w.open("Attributes")
	w.open("Attribute", "name", "Объект", "id", "1")
	w.open("Type")
	w.leaf("v8:Type", "cfg:"+kind+"Object."+name)
	w.close("Type")
	w.boolLeaf("MainAttribute", true)
	w.boolLeaf("SavedData", true)
	w.close("Attribute")
	w.close("Attributes")
	w.depth = 0
	w.line("</Form>")
	return w.bytes()
}

func listForm(full string, f FormDef) []byte {
	w := formDoc()
	w.empty("AutoCommandBar", "name", "ФормаКоманднаяПанель", "id", "-1")
	w.open("ChildItems")
	w.open("Table", "name", "Список", "id", "1")
	w.leaf("CommandBarLocation", "None")
	w.boolLeaf("DefaultItem", true)
	w.boolLeaf("UseAlternationRowColor", true)
	w.leaf("DataPath", "Список")
	w.leaf("RowPictureDataPath", "Список.DefaultPicture")
	w.boolLeaf("AutoRefresh", false)
	w.leaf("AutoRefreshPeriod", "60")
	w.leaf("ChoiceFoldersAndItems", "Items")
	w.boolLeaf("RestoreCurrentRow", false)
	w.empty("TopLevelParent", "xsi:nil", "true")
	w.boolLeaf("ShowRoot", true)
	w.boolLeaf("AllowRootChoice", false)
	w.leaf("UpdateOnDataChange", "Auto")
	w.boolLeaf("AllowGettingCurrentRowURL", true)
	w.empty("ContextMenu", "name", "СписокКонтекстноеМеню", "id", "2")
	w.open("AutoCommandBar", "name", "СписокКоманднаяПанель", "id", "3")
	w.boolLeaf("Autofill", false)
	w.close("AutoCommandBar")
	w.empty("ExtendedTooltip", "name", "СписокРасширеннаяПодсказка", "id", "4")
	w.open("ChildItems")
	id := 5
	for _, fl := range f.Fields {
		w.open("LabelField", "name", fl.Name, "id", fmt.Sprint(id))
		w.leaf("DataPath", fl.DataPath)
		w.empty("ContextMenu", "name", fl.Name+"КонтекстноеМеню", "id", fmt.Sprint(id+1))
		w.empty("ExtendedTooltip", "name", fl.Name+"РасширеннаяПодсказка", "id", fmt.Sprint(id+2))
		w.close("LabelField")
		id += 3
	}
	w.close("ChildItems")
	w.close("Table")
	w.close("ChildItems")
	w.open("Attributes")
	w.open("Attribute", "name", "Список", "id", "1")
	w.open("Type")
	w.leaf("v8:Type", "cfg:DynamicList")
	w.close("Type")
	w.boolLeaf("MainAttribute", true)
	w.open("Settings", "xsi:type", "DynamicList")
	w.boolLeaf("ManualQuery", false)
	w.boolLeaf("DynamicDataRead", true)
	w.leaf("MainTable", full)
	w.close("Settings")
	w.close("Attribute")
	w.close("Attributes")
	w.depth = 0
	w.line("</Form>")
	return w.bytes()
}
