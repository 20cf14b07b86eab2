// Package dumpgen generates the XML half of the УНФ/БСП facsimile dump in
// mock1c/basecfg/unf from Go tables of facts (objects.go). The BSL modules
// of the dump are hand-written and are not touched here.
//
// Why a generator: a Designer dump repeats the same 30-line property block
// for every attribute; writing ~150 of them by hand invites typos in exactly
// the places (types, UUIDs, element order) the model exists to get right.
// The generator writes each object kind with the property list and order of
// a real format-2.18 Designer dump (1c-designer-format.md §1–4,
// designer-2.16-skeletons.md §2 for the 2.18 additions), and the basecfg
// tests check that the committed dump equals the generator's output.
//
// Run: go run ./mock1c/basecfg/internal/dumpgen/gendump (from the module root).
package dumpgen

import "fmt"

// Root facts from unf-bsp-facts.md §0.
const (
	ConfigName    = "УправлениеНебольшойФирмой"
	ConfigUUID    = "de29c81d-d880-419b-8f65-cc49813f0e9a"
	ConfigSynonym = "Управление нашей фирмой, редакция 3.0"
	LanguageUUID  = "af1b61ff-d1b9-4053-ad85-8259b6626adc"
)

// containedClassIDs returns the seven ContainedObject class ids every 2.11+
// root carries, in this order (designer-2.16-skeletons.md §3.1).
func containedClassIDs() [7]string {
	return [7]string{
		"9cd510cd-abfc-11d4-9434-004095e12fc7",
		"9fcd25a0-4822-11d4-9414-008048da11f9",
		"e3687481-0a87-462c-a166-9f34594f9bba",
		"9de14907-ec23-4a07-96f0-85521cb6b53b",
		"51f2d5d8-ea4d-4064-8892-82951750031e",
		"e68182ea-4237-4383-967f-90c1e3370bc7",
		"fb282519-d103-4dd3-bc12-cb271d631dfc",
	}
}

// Files returns every generated file of the dump, keyed by slash path.
func Files() map[string][]byte {
	c := Model()
	out := files{}
	renderRoot(out, c)
	for _, l := range c.Languages {
		renderLanguage(out, l, LanguageUUID)
	}
	for _, s := range c.Subsystems {
		renderSubsystem(out, "Subsystems", s)
	}
	for _, p := range c.SessionParameters {
		renderSessionParameter(out, p)
	}
	for _, r := range c.Roles {
		renderRole(out, r)
	}
	for _, m := range c.CommonModules {
		renderCommonModule(out, m)
	}
	for _, d := range c.DefinedTypes {
		renderDefinedType(out, d)
	}
	for _, k := range c.Constants {
		renderConstant(out, k)
	}
	for _, k := range c.Catalogs {
		renderCatalog(out, k)
	}
	for _, d := range c.Documents {
		renderDocument(out, d)
	}
	for _, e := range c.Enums {
		renderEnum(out, e)
	}
	for _, r := range c.InfoRegisters {
		renderInfoRegister(out, r)
	}
	for _, p := range c.ChartsOfCharTypes {
		renderCCT(out, p)
	}
	return out
}

func renderRoot(out files, c Config) {
	w := newDoc()
	w.open("Configuration", "uuid", ConfigUUID)
	w.open("InternalInfo")
	for i, id := range containedClassIDs() {
		w.open("xr:ContainedObject")
		w.leaf("xr:ClassId", id)
		w.leaf("xr:ObjectId", synth(fmt.Sprintf("Configuration/contained/%d", i)))
		w.close("xr:ContainedObject")
	}
	w.close("InternalInfo")
	w.open("Properties")
	w.leaf("Name", ConfigName)
	w.loc("Synonym", ConfigSynonym)
	w.empty("Comment")
	w.empty("NamePrefix")
	w.leaf("ConfigurationExtensionCompatibilityMode", "Version8_3_25")
	w.leaf("DefaultRunMode", "ManagedApplication")
	w.open("UsePurposes")
	w.leaf("v8:Value", "PlatformApplication", "xsi:type", "app:ApplicationUsePurpose")
	w.close("UsePurposes")
	w.leaf("ScriptVariant", "Russian")
	w.open("DefaultRoles")
	for _, r := range []string{"ПолныеПрава", "АдминистраторСистемы", "ИнтерактивноеОткрытиеВнешнихОтчетовИОбработок"} {
		w.leaf("xr:Item", "Role."+r, "xsi:type", "xr:MDObjectRef")
	}
	w.close("DefaultRoles")
	w.leaf("Vendor", `Фирма "1С"`)
	w.leaf("Version", "3.0.8.73")
	w.empty("UpdateCatalogAddress")
	w.boolLeaf("IncludeHelpInContents", true)
	w.boolLeaf("UseManagedFormInOrdinaryApplication", false)
	w.boolLeaf("UseOrdinaryFormInManagedApplication", false)
	for _, x := range []string{"AdditionalFullTextSearchDictionaries", "CommonSettingsStorage", "ReportsUserSettingsStorage",
		"ReportsVariantsStorage", "FormDataSettingsStorage", "DynamicListsUserSettingsStorage", "URLExternalDataStorage",
		"Content", "DefaultReportForm", "DefaultReportVariantForm", "DefaultReportSettingsForm", "DefaultReportAppearanceTemplate",
		"DefaultDynamicListSettingsForm", "DefaultSearchForm", "DefaultDataHistoryChangeHistoryForm",
		"DefaultDataHistoryVersionDataForm", "DefaultDataHistoryVersionDifferencesForm", "DefaultCollaborationSystemUsersChoiceForm",
		"RequiredMobileApplicationPermissions", "StandaloneConfigurationRestrictionRoles", "MobileApplicationURLs",
		"AllowedIncomingShareRequestTypes"} {
		w.empty(x)
	}
	w.leaf("MainClientApplicationWindowMode", "Normal")
	w.empty("DefaultInterface")
	w.empty("DefaultStyle")
	w.leaf("DefaultLanguage", "Language.Русский")
	w.empty("BriefInformation")
	w.loc("DetailedInformation", ConfigSynonym)
	w.empty("Copyright")
	w.empty("VendorInformationAddress")
	w.empty("ConfigurationInformationAddress")
	w.leaf("DataLockControlMode", "Managed")
	w.leaf("ObjectAutonumerationMode", "NotAutoFree")
	w.leaf("ModalityUseMode", "DontUse")
	w.leaf("SynchronousPlatformExtensionAndAddInCallUseMode", "Use")
	w.leaf("InterfaceCompatibilityMode", "TaxiEnableVersion8_2")
	w.leaf("DatabaseTablespacesUseMode", "DontUse")
	w.leaf("CompatibilityMode", "Version8_3_24")
	w.empty("DefaultConstantsForm")
	w.close("Properties")

	w.open("ChildObjects") // canonical type order (designer-2.16-skeletons.md §3.1)
	for _, l := range c.Languages {
		w.leaf("Language", l)
	}
	for _, s := range c.Subsystems {
		w.leaf("Subsystem", s.Name)
	}
	for _, p := range c.SessionParameters {
		w.leaf("SessionParameter", p.Name)
	}
	for _, r := range c.Roles {
		w.leaf("Role", r.Name)
	}
	for _, m := range c.CommonModules {
		w.leaf("CommonModule", m.Name)
	}
	for _, d := range c.DefinedTypes {
		w.leaf("DefinedType", d.Name)
	}
	for _, k := range c.Constants {
		w.leaf("Constant", k.Name)
	}
	for _, k := range c.Catalogs {
		w.leaf("Catalog", k.Name)
	}
	for _, d := range c.Documents {
		w.leaf("Document", d.Name)
	}
	for _, e := range c.Enums {
		w.leaf("Enum", e.Name)
	}
	for _, r := range c.InfoRegisters {
		w.leaf("InformationRegister", r.Name)
	}
	for _, p := range c.ChartsOfCharTypes {
		w.leaf("ChartOfCharacteristicTypes", p.Name)
	}
	w.close("ChildObjects")
	w.close("Configuration")
	out["Configuration.xml"] = finish(w)
}
