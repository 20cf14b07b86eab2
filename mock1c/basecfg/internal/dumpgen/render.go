package dumpgen

import (
	"fmt"
	"path"
)

// files maps a slash path inside the dump to its bytes.
type files map[string][]byte

func newDoc() *xw {
	w := &xw{}
	w.line(xmlDecl)
	w.line(mdoHeader)
	w.depth = 1
	return w
}

func finish(w *xw) []byte {
	w.depth = 0
	w.line("</MetaDataObject>")
	return w.bytes()
}

func generatedType(w *xw, name, category, typeID, valueID string) {
	w.open("xr:GeneratedType", "name", name, "category", category)
	w.leaf("xr:TypeId", typeID)
	w.leaf("xr:ValueId", valueID)
	w.close("xr:GeneratedType")
}

// genTypes writes InternalInfo for the given (prefix, category) pairs. The Ref
// pair uses the real ids when the facts give them.
func genTypes(w *xw, key, name string, pairs [][2]string, refType, refValue string) {
	w.open("InternalInfo")
	for _, p := range pairs {
		tid := synth(key + "/" + p[1] + "/type")
		vid := synth(key + "/" + p[1] + "/value")
		if p[1] == "Ref" {
			if refType != "" {
				tid = refType
			}
			if refValue != "" {
				vid = refValue
			}
		}
		generatedType(w, p[0]+"."+name, p[1], tid, vid)
	}
	w.close("InternalInfo")
}

// fieldProps writes the common attribute property list (Designer order).
// kind is "attr" (catalog/document attribute), "col" (tabular-section column),
// "dim", "res" (register fields).
func fieldProps(w *xw, f Field, kind string, catalog bool) {
	w.open("Properties")
	w.leaf("Name", f.Name)
	w.loc("Synonym", f.Syn)
	w.empty("Comment")
	w.open("Type")
	f.Type.render(w)
	w.close("Type")
	w.boolLeaf("PasswordMode", false)
	w.empty("Format")
	w.empty("EditFormat")
	w.empty("ToolTip")
	w.boolLeaf("MarkNegatives", false)
	w.empty("Mask")
	w.boolLeaf("MultiLine", f.MultiLine)
	w.boolLeaf("ExtendedEdit", false)
	w.empty("MinValue", "xsi:nil", "true")
	w.empty("MaxValue", "xsi:nil", "true")
	if kind != "col" {
		w.boolLeaf("FillFromFillingValue", false)
		if f.Type.isString() {
			w.empty("FillValue", "xsi:type", "xs:string")
		} else {
			w.empty("FillValue", "xsi:nil", "true")
		}
	}
	fc := "DontCheck"
	if f.FillCheck {
		fc = "ShowError"
	}
	w.leaf("FillChecking", fc)
	w.leaf("ChoiceFoldersAndItems", "Items")
	w.empty("ChoiceParameterLinks")
	w.empty("ChoiceParameters")
	w.leaf("QuickChoice", "Auto")
	w.leaf("CreateOnInput", "Auto")
	w.empty("ChoiceForm")
	w.empty("LinkByType")
	w.leaf("ChoiceHistoryOnInput", "Auto")
	if kind == "attr" && catalog {
		use := f.Use
		if use == "" {
			use = "ForItem"
		}
		w.leaf("Use", use)
	}
	if kind == "dim" {
		w.boolLeaf("Master", f.Master)
		w.boolLeaf("MainFilter", f.MainFilter)
		w.boolLeaf("DenyIncompleteValues", false)
	}
	idx := f.Index
	if idx == "" {
		idx = "DontIndex"
	}
	w.leaf("Indexing", idx)
	w.leaf("FullTextSearch", "Use")
	w.leaf("DataHistory", "Use")
	if kind == "dim" {
		w.leaf("TypeReductionMode", "TransformValues") // a 2.18 property (2.16 skeletons §2)
	}
	w.close("Properties")
}

func tabSection(w *xw, owner, ownerName string, ts TabSection, catalog bool) {
	w.open("TabularSection", "uuid", ts.UUID)
	key := owner + "." + ownerName + "." + ts.Name
	w.open("InternalInfo")
	generatedType(w, owner+"TabularSection."+ownerName+"."+ts.Name, "TabularSection", synth(key+"/ts/type"), synth(key+"/ts/value"))
	generatedType(w, owner+"TabularSectionRow."+ownerName+"."+ts.Name, "TabularSectionRow", synth(key+"/row/type"), synth(key+"/row/value"))
	w.close("InternalInfo")
	w.open("Properties")
	w.leaf("Name", ts.Name)
	w.loc("Synonym", ts.Syn)
	w.empty("Comment")
	w.empty("ToolTip")
	w.leaf("FillChecking", "DontCheck")
	if catalog {
		w.leaf("Use", "ForItem")
	}
	w.close("Properties")
	if len(ts.Cols) == 0 {
		w.empty("ChildObjects")
	} else {
		w.open("ChildObjects")
		for _, c := range ts.Cols {
			w.open("Attribute", "uuid", c.UUID)
			fieldProps(w, c, "col", catalog)
			w.close("Attribute")
		}
		w.close("ChildObjects")
	}
	w.close("TabularSection")
}

func inputByString(w *xw, full string, fields ...string) {
	w.open("InputByString")
	for _, f := range fields {
		w.leaf("xr:Field", full+".StandardAttribute."+f)
	}
	w.close("InputByString")
}

func renderCatalog(out files, c Catalog) {
	w := newDoc()
	full := "Catalog." + c.Name
	w.open("Catalog", "uuid", c.UUID)
	genTypes(w, full, c.Name, [][2]string{
		{"CatalogObject", "Object"}, {"CatalogRef", "Ref"}, {"CatalogSelection", "Selection"},
		{"CatalogList", "List"}, {"CatalogManager", "Manager"},
	}, c.RefTypeID, c.RefValueID)
	w.open("Properties")
	w.leaf("Name", c.Name)
	w.loc("Synonym", c.Syn)
	w.empty("Comment")
	w.boolLeaf("Hierarchical", c.Hierarchical)
	ht := c.HierarchyType
	if ht == "" {
		ht = "HierarchyFoldersAndItems"
	}
	w.leaf("HierarchyType", ht)
	w.boolLeaf("LimitLevelCount", c.LimitLevelCount)
	lc := c.LevelCount
	if lc == 0 {
		lc = 2
	}
	w.leaf("LevelCount", fmt.Sprint(lc))
	w.boolLeaf("FoldersOnTop", true)
	w.boolLeaf("UseStandardCommands", true)
	w.empty("Owners")
	w.leaf("SubordinationUse", "ToItems")
	w.leaf("CodeLength", fmt.Sprint(c.CodeLength))
	w.leaf("DescriptionLength", fmt.Sprint(c.DescriptionLength))
	ct := c.CodeType
	if ct == "" {
		ct = "String"
	}
	w.leaf("CodeType", ct)
	ca := c.CodeAllowedLength
	if ca == "" {
		ca = "Variable"
	}
	w.leaf("CodeAllowedLength", ca)
	w.leaf("CodeSeries", "WholeCatalog")
	w.boolLeaf("CheckUnique", c.CheckUniq)
	w.boolLeaf("Autonumbering", c.Autonumbering)
	w.leaf("DefaultPresentation", "AsDescription")
	w.empty("Characteristics")
	w.leaf("PredefinedDataUpdate", "Auto")
	w.leaf("EditType", "InDialog")
	w.boolLeaf("QuickChoice", false)
	w.leaf("ChoiceMode", "BothWays")
	if c.CodeLength > 0 {
		inputByString(w, full, "Description", "Code")
	} else {
		inputByString(w, full, "Description")
	}
	w.leaf("SearchStringModeOnInputByString", "Begin")
	w.leaf("FullTextSearchOnInputByString", "DontUse")
	w.leaf("ChoiceDataGetModeOnInputByString", "Directly")
	w.leaf("DefaultObjectForm", formRef(full, c.DefaultObject))
	w.empty("DefaultFolderForm")
	w.leaf("DefaultListForm", formRef(full, c.DefaultLst))
	w.empty("DefaultChoiceForm")
	w.empty("DefaultFolderChoiceForm")
	for _, e := range []string{"AuxiliaryObjectForm", "AuxiliaryFolderForm", "AuxiliaryListForm", "AuxiliaryChoiceForm", "AuxiliaryFolderChoiceForm"} {
		w.empty(e)
	}
	w.boolLeaf("IncludeHelpInContents", false)
	w.empty("BasedOn")
	w.empty("DataLockFields")
	w.leaf("DataLockControlMode", "Managed")
	w.leaf("FullTextSearch", "Use")
	for _, e := range []string{"ObjectPresentation", "ExtendedObjectPresentation", "ListPresentation", "ExtendedListPresentation", "Explanation"} {
		w.empty(e)
	}
	w.leaf("CreateOnInput", "Use")
	w.leaf("ChoiceHistoryOnInput", "Auto")
	w.leaf("DataHistory", "DontUse")
	w.boolLeaf("UpdateDataHistoryImmediatelyAfterWrite", false)
	w.boolLeaf("ExecuteAfterWriteDataHistoryVersionProcessing", false)
	w.close("Properties")
	childObjects(w, "Catalog", c.Name, c.Attrs, c.Tabs, c.Forms, true)
	w.close("Catalog")
	dir := "Catalogs/" + c.Name
	out[dir+".xml"] = finish(w)
	renderForms(out, dir, full, "Catalog", c.Name, c.Forms)
	if len(c.Predefined) > 0 {
		out[dir+"/Ext/Predefined.xml"] = renderPredefined("CatalogPredefinedItems", c.Predefined, c.CodeLength > 0)
	}
}

func formRef(full, form string) string {
	if form == "" {
		return ""
	}
	return full + ".Form." + form
}

func childObjects(w *xw, owner, name string, attrs []Field, tabs []TabSection, forms []FormDef, catalog bool) {
	if len(attrs)+len(tabs)+len(forms) == 0 {
		w.empty("ChildObjects")
		return
	}
	w.open("ChildObjects")
	for _, a := range attrs {
		w.open("Attribute", "uuid", a.UUID)
		fieldProps(w, a, "attr", catalog)
		w.close("Attribute")
	}
	for _, t := range tabs {
		tabSection(w, owner, name, t, catalog)
	}
	for _, f := range forms {
		w.leaf("Form", f.Name)
	}
	w.close("ChildObjects")
}

func renderDocument(out files, d Document) {
	w := newDoc()
	full := "Document." + d.Name
	w.open("Document", "uuid", d.UUID)
	genTypes(w, full, d.Name, [][2]string{
		{"DocumentObject", "Object"}, {"DocumentRef", "Ref"}, {"DocumentSelection", "Selection"},
		{"DocumentList", "List"}, {"DocumentManager", "Manager"},
	}, d.RefTypeID, d.RefValueID)
	w.open("Properties")
	w.leaf("Name", d.Name)
	w.loc("Synonym", d.Syn)
	w.empty("Comment")
	w.boolLeaf("UseStandardCommands", true)
	w.empty("Numerator")
	w.leaf("NumberType", d.NumberType)
	w.leaf("NumberLength", fmt.Sprint(d.NumberLength))
	w.leaf("NumberAllowedLength", "Variable")
	w.leaf("NumberPeriodicity", d.NumberPeriodicity)
	w.boolLeaf("CheckUnique", true)
	w.boolLeaf("Autonumbering", true)
	w.empty("Characteristics")
	if len(d.BasedOn) == 0 {
		w.empty("BasedOn")
	} else {
		w.open("BasedOn")
		for _, b := range d.BasedOn {
			w.leaf("xr:Item", b, "xsi:type", "xr:MDObjectRef")
		}
		w.close("BasedOn")
	}
	inputByString(w, full, "Number")
	w.leaf("CreateOnInput", "Use")
	w.leaf("SearchStringModeOnInputByString", "Begin")
	w.leaf("FullTextSearchOnInputByString", "DontUse")
	w.leaf("ChoiceDataGetModeOnInputByString", "Directly")
	w.leaf("DefaultObjectForm", formRef(full, d.DefaultObject))
	w.leaf("DefaultListForm", formRef(full, d.DefaultList))
	w.empty("DefaultChoiceForm")
	w.empty("AuxiliaryObjectForm")
	w.empty("AuxiliaryListForm")
	w.empty("AuxiliaryChoiceForm")
	w.leaf("Posting", "Allow")
	w.leaf("RealTimePosting", "Deny")
	w.leaf("RegisterRecordsDeletion", "AutoDeleteOff")
	w.leaf("RegisterRecordsWritingOnPost", "WriteSelected")
	w.leaf("SequenceFilling", "AutoFill")
	w.empty("RegisterRecords")
	w.boolLeaf("PostInPrivilegedMode", true)
	w.boolLeaf("UnpostInPrivilegedMode", true)
	w.boolLeaf("IncludeHelpInContents", false)
	w.empty("DataLockFields")
	w.leaf("DataLockControlMode", "Managed")
	w.leaf("FullTextSearch", "Use")
	for _, e := range []string{"ObjectPresentation", "ExtendedObjectPresentation", "ListPresentation", "ExtendedListPresentation", "Explanation"} {
		w.empty(e)
	}
	w.leaf("ChoiceHistoryOnInput", "Auto")
	w.leaf("DataHistory", "DontUse")
	w.boolLeaf("UpdateDataHistoryImmediatelyAfterWrite", false)
	w.boolLeaf("ExecuteAfterWriteDataHistoryVersionProcessing", false)
	w.close("Properties")
	childObjects(w, "Document", d.Name, d.Attrs, d.Tabs, d.Forms, false)
	w.close("Document")
	dir := "Documents/" + d.Name
	out[dir+".xml"] = finish(w)
	renderForms(out, dir, full, "Document", d.Name, d.Forms)
}

func renderEnum(out files, e Enum) {
	w := newDoc()
	w.open("Enum", "uuid", e.UUID)
	genTypes(w, "Enum."+e.Name, e.Name, [][2]string{
		{"EnumRef", "Ref"}, {"EnumManager", "Manager"}, {"EnumList", "List"},
	}, e.RefTypeID, "")
	w.open("Properties")
	w.leaf("Name", e.Name)
	w.loc("Synonym", e.Syn)
	w.empty("Comment")
	w.boolLeaf("UseStandardCommands", false)
	w.empty("Characteristics")
	w.boolLeaf("QuickChoice", true)
	w.leaf("ChoiceMode", "BothWays")
	for _, x := range []string{"DefaultListForm", "DefaultChoiceForm", "AuxiliaryListForm", "AuxiliaryChoiceForm", "ListPresentation", "ExtendedListPresentation", "Explanation"} {
		w.empty(x)
	}
	w.leaf("ChoiceHistoryOnInput", "Auto")
	w.close("Properties")
	w.open("ChildObjects")
	for _, v := range e.Values {
		w.open("EnumValue", "uuid", v.UUID)
		w.open("Properties")
		w.leaf("Name", v.Name)
		w.loc("Synonym", v.Syn)
		w.empty("Comment")
		w.close("Properties")
		w.close("EnumValue")
	}
	w.close("ChildObjects")
	w.close("Enum")
	out["Enums/"+e.Name+".xml"] = finish(w)
}

func renderInfoRegister(out files, r InfoRegister) {
	w := newDoc()
	w.open("InformationRegister", "uuid", r.UUID)
	genTypes(w, "InformationRegister."+r.Name, r.Name, [][2]string{
		{"InformationRegisterRecord", "Record"}, {"InformationRegisterManager", "Manager"},
		{"InformationRegisterSelection", "Selection"}, {"InformationRegisterList", "List"},
		{"InformationRegisterRecordSet", "RecordSet"}, {"InformationRegisterRecordKey", "RecordKey"},
		{"InformationRegisterRecordManager", "RecordManager"},
	}, "", "")
	w.open("Properties")
	w.leaf("Name", r.Name)
	w.loc("Synonym", r.Syn)
	w.empty("Comment")
	w.boolLeaf("UseStandardCommands", true)
	w.leaf("EditType", "InDialog")
	for _, x := range []string{"DefaultRecordForm", "DefaultListForm", "AuxiliaryRecordForm", "AuxiliaryListForm"} {
		w.empty(x)
	}
	w.leaf("InformationRegisterPeriodicity", r.Periodicity)
	w.leaf("WriteMode", "Independent")
	w.boolLeaf("MainFilterOnPeriod", r.Periodicity != "Nonperiodical")
	w.boolLeaf("IncludeHelpInContents", false)
	w.leaf("DataLockControlMode", "Managed")
	w.leaf("FullTextSearch", "DontUse")
	w.boolLeaf("EnableTotalsSliceFirst", false)
	w.boolLeaf("EnableTotalsSliceLast", false)
	for _, x := range []string{"RecordPresentation", "ExtendedRecordPresentation", "ListPresentation", "ExtendedListPresentation", "Explanation"} {
		w.empty(x)
	}
	w.leaf("DataHistory", "DontUse")
	w.boolLeaf("UpdateDataHistoryImmediatelyAfterWrite", false)
	w.boolLeaf("ExecuteAfterWriteDataHistoryVersionProcessing", false)
	w.close("Properties")
	w.open("ChildObjects") // platform order: resources, attributes, dimensions
	for _, f := range r.Res {
		w.open("Resource", "uuid", f.UUID)
		fieldProps(w, f, "res", false)
		w.close("Resource")
	}
	for _, f := range r.Dims {
		w.open("Dimension", "uuid", f.UUID)
		fieldProps(w, f, "dim", false)
		w.close("Dimension")
	}
	w.close("ChildObjects")
	w.close("InformationRegister")
	out["InformationRegisters/"+r.Name+".xml"] = finish(w)
}

func renderCCT(out files, c ChartOfCharTypes) {
	w := newDoc()
	full := "ChartOfCharacteristicTypes." + c.Name
	w.open("ChartOfCharacteristicTypes", "uuid", c.UUID)
	genTypes(w, full, c.Name, [][2]string{
		{"ChartOfCharacteristicTypesObject", "Object"}, {"ChartOfCharacteristicTypesRef", "Ref"},
		{"ChartOfCharacteristicTypesSelection", "Selection"}, {"ChartOfCharacteristicTypesList", "List"},
		{"Characteristic", "Characteristic"}, {"ChartOfCharacteristicTypesManager", "Manager"},
	}, c.RefTypeID, "")
	w.open("Properties")
	w.leaf("Name", c.Name)
	w.loc("Synonym", c.Syn)
	w.empty("Comment")
	w.boolLeaf("UseStandardCommands", true)
	w.boolLeaf("IncludeHelpInContents", false)
	w.empty("CharacteristicExtValues")
	w.open("Type")
	c.Type.render(w)
	w.close("Type")
	w.boolLeaf("Hierarchical", c.Hierarchical)
	w.boolLeaf("FoldersOnTop", true)
	w.leaf("CodeLength", fmt.Sprint(c.CodeLength))
	w.leaf("CodeAllowedLength", "Variable")
	w.leaf("DescriptionLength", fmt.Sprint(c.DescLength))
	w.leaf("CodeSeries", "WholeCharacteristicKind")
	w.boolLeaf("CheckUnique", true)
	w.boolLeaf("Autonumbering", true)
	w.leaf("DefaultPresentation", "AsDescription")
	w.empty("Characteristics")
	w.leaf("PredefinedDataUpdate", "Auto")
	w.leaf("EditType", "InDialog")
	w.boolLeaf("QuickChoice", false)
	w.leaf("ChoiceMode", "BothWays")
	inputByString(w, full, "Description", "Code")
	w.leaf("CreateOnInput", "DontUse")
	w.leaf("SearchStringModeOnInputByString", "Begin")
	w.leaf("ChoiceDataGetModeOnInputByString", "Directly")
	w.leaf("FullTextSearchOnInputByString", "DontUse")
	w.leaf("ChoiceHistoryOnInput", "Auto")
	for _, x := range []string{"DefaultObjectForm", "DefaultFolderForm", "DefaultListForm", "DefaultChoiceForm", "DefaultFolderChoiceForm",
		"AuxiliaryObjectForm", "AuxiliaryFolderForm", "AuxiliaryListForm", "AuxiliaryChoiceForm", "AuxiliaryFolderChoiceForm",
		"BasedOn", "DataLockFields"} {
		w.empty(x)
	}
	w.leaf("DataLockControlMode", "Managed")
	w.leaf("FullTextSearch", "Use")
	for _, x := range []string{"ObjectPresentation", "ExtendedObjectPresentation", "ListPresentation", "ExtendedListPresentation", "Explanation"} {
		w.empty(x)
	}
	w.leaf("DataHistory", "DontUse")
	w.boolLeaf("UpdateDataHistoryImmediatelyAfterWrite", false)
	w.boolLeaf("ExecuteAfterWriteDataHistoryVersionProcessing", false)
	w.close("Properties")
	w.empty("ChildObjects")
	w.close("ChartOfCharacteristicTypes")
	out["ChartsOfCharacteristicTypes/"+c.Name+".xml"] = finish(w)
	if len(c.Predefined) > 0 {
		out["ChartsOfCharacteristicTypes/"+c.Name+"/Ext/Predefined.xml"] = renderPredefined("PlanOfCharacteristicKindPredefinedItems", c.Predefined, true)
	}
}

// renderPredefined writes Ext/Predefined.xml. Items of a chart of
// characteristic types carry their value type after Description; its folders
// carry an empty <Type/>.
func renderPredefined(xsiType string, items []Predefined, hasCode bool) []byte {
	chart := xsiType == "PlanOfCharacteristicKindPredefinedItems"
	w := &xw{}
	w.line(xmlDecl)
	w.line(fmt.Sprintf(predefHeader, xsiType))
	w.depth = 1
	var item func(p Predefined)
	item = func(p Predefined) {
		w.open("Item", "id", p.ID)
		w.leaf("Name", p.Name)
		if hasCode {
			w.leaf("Code", p.Code)
		} else {
			w.empty("Code")
		}
		w.leaf("Description", p.Description)
		if len(p.Type) > 0 {
			w.open("Type")
			p.Type.render(w)
			w.close("Type")
		} else if chart {
			w.empty("Type")
		}
		w.boolLeaf("IsFolder", p.IsFolder)
		if len(p.Children) > 0 {
			w.open("ChildItems")
			for _, ch := range p.Children {
				item(ch)
			}
			w.close("ChildItems")
		}
		w.close("Item")
	}
	for _, p := range items {
		item(p)
	}
	w.depth = 0
	w.line("</PredefinedData>")
	return w.bytes()
}

func renderConstant(out files, c Constant) {
	w := newDoc()
	w.open("Constant", "uuid", c.UUID)
	genTypes(w, "Constant."+c.Name, c.Name, [][2]string{
		{"ConstantManager", "Manager"}, {"ConstantValueManager", "ValueManager"}, {"ConstantValueKey", "ValueKey"},
	}, "", "")
	w.open("Properties")
	w.leaf("Name", c.Name)
	w.loc("Synonym", c.Syn)
	w.empty("Comment")
	w.open("Type")
	c.Type.render(w)
	w.close("Type")
	w.boolLeaf("UseStandardCommands", true)
	for _, x := range []string{"DefaultForm", "ExtendedPresentation", "Explanation"} {
		w.empty(x)
	}
	w.boolLeaf("PasswordMode", false)
	w.empty("Format")
	w.empty("EditFormat")
	w.empty("ToolTip")
	w.boolLeaf("MarkNegatives", false)
	w.empty("Mask")
	w.boolLeaf("MultiLine", false)
	w.boolLeaf("ExtendedEdit", false)
	w.empty("MinValue", "xsi:nil", "true")
	w.empty("MaxValue", "xsi:nil", "true")
	w.leaf("FillChecking", "DontCheck")
	w.leaf("ChoiceFoldersAndItems", "Items")
	w.empty("ChoiceParameterLinks")
	w.empty("ChoiceParameters")
	w.leaf("QuickChoice", "Auto")
	w.empty("ChoiceForm")
	w.empty("LinkByType")
	w.leaf("ChoiceHistoryOnInput", "Auto")
	w.leaf("DataLockControlMode", "Managed")
	w.leaf("DataHistory", "DontUse")
	w.boolLeaf("UpdateDataHistoryImmediatelyAfterWrite", false)
	w.boolLeaf("ExecuteAfterWriteDataHistoryVersionProcessing", false)
	w.close("Properties")
	w.close("Constant")
	out["Constants/"+c.Name+".xml"] = finish(w)
}

func renderCommonModule(out files, m CommonModule) {
	w := newDoc()
	w.open("CommonModule", "uuid", m.UUID)
	w.open("Properties")
	w.leaf("Name", m.Name)
	w.loc("Synonym", m.Syn)
	w.empty("Comment")
	w.boolLeaf("Global", m.Global)
	w.boolLeaf("ClientManagedApplication", m.ClientMA)
	w.boolLeaf("Server", m.Server)
	w.boolLeaf("ExternalConnection", m.ExtConn)
	w.boolLeaf("ClientOrdinaryApplication", m.ClientOrd)
	w.boolLeaf("ServerCall", m.ServerCall)
	w.boolLeaf("Privileged", m.Privileged)
	reuse := m.Reuse
	if reuse == "" {
		reuse = "DontUse"
	}
	w.leaf("ReturnValuesReuse", reuse)
	w.close("Properties")
	w.close("CommonModule")
	out["CommonModules/"+m.Name+".xml"] = finish(w)
}

func renderDefinedType(out files, d DefinedType) {
	w := newDoc()
	w.open("DefinedType", "uuid", d.UUID)
	genTypes(w, "DefinedType."+d.Name, d.Name, [][2]string{{"DefinedType", "DefinedType"}}, "", "")
	w.open("Properties")
	w.leaf("Name", d.Name)
	w.loc("Synonym", d.Syn)
	w.empty("Comment")
	w.open("Type")
	d.Type.render(w)
	w.close("Type")
	w.close("Properties")
	w.close("DefinedType")
	out["DefinedTypes/"+d.Name+".xml"] = finish(w)
}

func renderSessionParameter(out files, p SessionParameter) {
	w := newDoc()
	w.open("SessionParameter", "uuid", p.UUID)
	w.open("Properties")
	w.leaf("Name", p.Name)
	w.loc("Synonym", p.Syn)
	w.empty("Comment")
	w.open("Type")
	p.Type.render(w)
	w.close("Type")
	w.close("Properties")
	w.close("SessionParameter")
	out["SessionParameters/"+p.Name+".xml"] = finish(w)
}

func renderRole(out files, r Role) {
	w := newDoc()
	w.open("Role", "uuid", r.UUID)
	w.open("Properties")
	w.leaf("Name", r.Name)
	w.loc("Synonym", r.Syn)
	w.empty("Comment")
	w.close("Properties")
	w.close("Role")
	out["Roles/"+r.Name+".xml"] = finish(w)
	if !r.SetForNewObjects && len(r.Rights) == 0 {
		return
	}
	rw := &xw{}
	rw.line(xmlDecl)
	rw.line(rightsHeader)
	rw.depth = 1
	rw.boolLeaf("setForNewObjects", r.SetForNewObjects)
	rw.boolLeaf("setForAttributesByDefault", true)
	rw.boolLeaf("independentRightsOfChildObjects", false)
	for _, o := range r.Rights {
		rw.open("object")
		rw.leaf("name", o.Object)
		for _, rt := range o.Rights {
			rw.open("right")
			rw.leaf("name", rt.Name)
			rw.boolLeaf("value", rt.Value)
			rw.close("right")
		}
		rw.close("object")
	}
	rw.depth = 0
	rw.line("</Rights>")
	out["Roles/"+r.Name+"/Ext/Rights.xml"] = rw.bytes()
}

func renderLanguage(out files, name, uuid string) {
	w := newDoc()
	w.open("Language", "uuid", uuid)
	w.open("Properties")
	w.leaf("Name", name)
	w.loc("Synonym", name)
	w.empty("Comment")
	w.leaf("LanguageCode", "ru")
	w.close("Properties")
	w.close("Language")
	out["Languages/"+name+".xml"] = finish(w)
}

func renderSubsystem(out files, dir string, s Subsystem) {
	w := newDoc()
	w.open("Subsystem", "uuid", s.UUID)
	w.open("Properties")
	w.leaf("Name", s.Name)
	w.loc("Synonym", s.Syn)
	w.empty("Comment")
	w.boolLeaf("IncludeHelpInContents", true)
	w.boolLeaf("IncludeInCommandInterface", s.IncludeInCI)
	w.boolLeaf("UseOneCommand", false)
	w.empty("Explanation")
	w.empty("Picture")
	if len(s.Content) == 0 {
		w.empty("Content")
	} else {
		w.open("Content")
		for _, c := range s.Content {
			w.leaf("xr:Item", c, "xsi:type", "xr:MDObjectRef")
		}
		w.close("Content")
	}
	w.close("Properties")
	if len(s.Children) == 0 {
		w.empty("ChildObjects")
	} else {
		w.open("ChildObjects")
		for _, ch := range s.Children {
			w.leaf("Subsystem", ch.Name)
		}
		w.close("ChildObjects")
	}
	w.close("Subsystem")
	out[path.Join(dir, s.Name+".xml")] = finish(w)
	for _, ch := range s.Children {
		renderSubsystem(out, path.Join(dir, s.Name, "Subsystems"), ch)
	}
}
