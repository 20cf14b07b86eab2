package check

import (
	"strconv"
	"strings"

	"wazzup-unf/mock1c/metadata"
)

// RuleProperties: the property set and order fit the declared format
// version. The loader drops or refuses a property it does not know for the
// version («Свойство не входит в состав объекта метаданных» / «Ошибка XDTO
// … при чтении свойства», 1c-designer-format.md §1.1), so both are errors.
const RuleProperties = "properties"

// propSpec is the canonical property order of one kind. Entries may carry a
// version range: "UseOneCommand@14" exists from 2.14, "ObjectBelonging@-14"
// up to 2.14 (it moved to the front in 2.15). complete means the list is
// the whole set for formats up to 2.18 (the newest with a verified sample),
// so an unknown property is an error there; otherwise only the order of
// known properties is checked.
type propSpec struct {
	entries  []specEntry
	complete bool
}

type specEntry struct {
	name     string
	from, to int // minor version range, inclusive; 0 = open
}

func spec(complete bool, names ...string) *propSpec {
	s := &propSpec{complete: complete}
	for _, n := range names {
		e := specEntry{name: n}
		if name, rng, ok := strings.Cut(n, "@"); ok {
			e.name = name
			lo, hi, dash := strings.Cut(rng, "-")
			e.from, _ = strconv.Atoi(lo)
			if dash {
				e.to, _ = strconv.Atoi(hi)
			}
		}
		s.entries = append(s.entries, e)
	}
	return s
}

// Sources of the lists: 1c-designer-format.md §2–4 and
// designer-2.16-skeletons.md (real 2.9–2.18 dumps), mdclasses fixtures
// (2.11, 2.18). Adopted objects put ObjectBelonging first from 2.15 and
// after Comment before (skeletons §1).
var adoptedHead = []string{"ObjectBelonging@15", "Name", "Synonym", "Comment", "ObjectBelonging@-14", "ExtendedConfigurationObject"}

var fieldProps = []string{"Type", "PasswordMode", "Format", "EditFormat", "ToolTip", "MarkNegatives", "Mask",
	"MultiLine", "ExtendedEdit", "MinValue", "MaxValue", "FillFromFillingValue", "FillValue", "FillChecking",
	"ChoiceFoldersAndItems", "ChoiceParameterLinks", "ChoiceParameters", "QuickChoice", "CreateOnInput",
	"ChoiceForm", "LinkByType", "ChoiceHistoryOnInput", "Use", "Master", "MainFilter", "DenyIncompleteValues",
	"Indexing", "FullTextSearch", "DataHistory", "TypeReductionMode@18"}

func with(head []string, rest ...string) []string {
	return append(append([]string(nil), head...), rest...)
}

var specs = map[metadata.Kind]*propSpec{
	metadata.KindConfiguration: spec(true, "ObjectBelonging@15", "Name", "Synonym", "Comment",
		"ConfigurationExtensionPurpose", "ObjectBelonging@-14", "KeepMappingToExtendedConfigurationObjectsByIDs",
		"NamePrefix", "ConfigurationExtensionCompatibilityMode", "DefaultRunMode", "UsePurposes", "ScriptVariant",
		"DefaultRoles", "Vendor", "Version", "UpdateCatalogAddress", "IncludeHelpInContents",
		"UseManagedFormInOrdinaryApplication", "UseOrdinaryFormInManagedApplication",
		"AdditionalFullTextSearchDictionaries", "CommonSettingsStorage", "ReportsUserSettingsStorage",
		"ReportsVariantsStorage", "FormDataSettingsStorage", "DynamicListsUserSettingsStorage",
		"URLExternalDataStorage", "Content", "DefaultReportForm", "DefaultReportVariantForm",
		"DefaultReportSettingsForm", "DefaultReportAppearanceTemplate", "DefaultDynamicListSettingsForm",
		"DefaultSearchForm", "DefaultDataHistoryChangeHistoryForm", "DefaultDataHistoryVersionDataForm",
		"DefaultDataHistoryVersionDifferencesForm", "DefaultCollaborationSystemUsersChoiceForm",
		"RequiredMobileApplicationPermissions", "UsedMobileApplicationFunctionalities",
		"StandaloneConfigurationRestrictionRoles", "MobileApplicationURLs", "AllowedIncomingShareRequestTypes@17",
		"MainClientApplicationWindowMode", "DefaultInterface", "DefaultStyle", "DefaultLanguage",
		"BriefInformation", "DetailedInformation", "Copyright", "VendorInformationAddress",
		"ConfigurationInformationAddress", "DataLockControlMode", "ObjectAutonumerationMode", "ModalityUseMode",
		"SynchronousPlatformExtensionAndAddInCallUseMode", "InterfaceCompatibilityMode",
		"DatabaseTablespacesUseMode", "CompatibilityMode", "DefaultConstantsForm"),
	metadata.KindLanguage: spec(true, with(adoptedHead, "LanguageCode")...),
	metadata.KindCommonModule: spec(true, with(adoptedHead, "Global", "ClientManagedApplication", "Server",
		"ExternalConnection", "ClientOrdinaryApplication", "ServerCall", "Privileged", "ReturnValuesReuse")...),
	metadata.KindRole:              spec(true, adoptedHead...),
	metadata.KindEventSubscription: spec(true, with(adoptedHead, "Source", "Event", "Handler")...),
	metadata.KindScheduledJob: spec(true, with(adoptedHead, "MethodName", "Description", "Key", "Use",
		"Predefined", "RestartCountOnFailure", "RestartIntervalOnFailure")...),
	metadata.KindCommonCommand: spec(true, with(adoptedHead, "Group", "Representation", "ToolTip", "Picture",
		"Shortcut", "IncludeHelpInContents", "CommandParameterType", "ParameterUseMode", "ModifiesData",
		"OnMainServerUnavalableBehavior")...),
	metadata.KindCommonForm: spec(true, with(adoptedHead, "FormType", "IncludeHelpInContents", "UsePurposes",
		"UseStandardCommands", "ExtendedPresentation", "Explanation")...),
	metadata.KindCommonPicture: spec(true, with(adoptedHead, "AvailabilityForChoice", "AvailabilityForAppearance")...),
	metadata.KindSubsystem: spec(true, with(adoptedHead, "IncludeHelpInContents", "IncludeInCommandInterface",
		"UseOneCommand@14", "Explanation", "Picture", "Content")...),
	metadata.KindConstant: spec(true, with(adoptedHead, "Type", "UseStandardCommands", "DefaultForm",
		"ExtendedPresentation", "Explanation", "PasswordMode", "Format", "EditFormat", "ToolTip", "MarkNegatives",
		"Mask", "MultiLine", "ExtendedEdit", "MinValue", "MaxValue", "FillChecking", "ChoiceFoldersAndItems",
		"ChoiceParameterLinks", "ChoiceParameters", "QuickChoice", "ChoiceForm", "LinkByType",
		"ChoiceHistoryOnInput", "DataLockControlMode", "DataHistory", "UpdateDataHistoryImmediatelyAfterWrite",
		"ExecuteAfterWriteDataHistoryVersionProcessing")...),
	metadata.KindInformationRegister: spec(true, with(adoptedHead, "UseStandardCommands", "EditType",
		"DefaultRecordForm", "DefaultListForm", "AuxiliaryRecordForm", "AuxiliaryListForm", "StandardAttributes",
		"InformationRegisterPeriodicity", "WriteMode", "MainFilterOnPeriod", "IncludeHelpInContents",
		"DataLockControlMode", "FullTextSearch", "EnableTotalsSliceFirst", "EnableTotalsSliceLast",
		"RecordPresentation", "ExtendedRecordPresentation", "ListPresentation", "ExtendedListPresentation",
		"Explanation", "DataHistory", "UpdateDataHistoryImmediatelyAfterWrite",
		"ExecuteAfterWriteDataHistoryVersionProcessing")...),
	metadata.KindCatalog: spec(false, with(adoptedHead, "Hierarchical", "HierarchyType", "LimitLevelCount",
		"LevelCount", "FoldersOnTop", "UseStandardCommands", "Owners", "SubordinationUse", "CodeLength",
		"DescriptionLength", "CodeType", "CodeAllowedLength", "CodeSeries", "CheckUnique", "Autonumbering",
		"DefaultPresentation", "StandardAttributes", "Characteristics", "PredefinedDataUpdate", "EditType",
		"QuickChoice", "ChoiceMode", "InputByString", "SearchStringModeOnInputByString",
		"FullTextSearchOnInputByString", "ChoiceDataGetModeOnInputByString", "DefaultObjectForm",
		"DefaultFolderForm", "DefaultListForm", "DefaultChoiceForm", "DefaultFolderChoiceForm",
		"AuxiliaryObjectForm", "AuxiliaryFolderForm", "AuxiliaryListForm", "AuxiliaryChoiceForm",
		"AuxiliaryFolderChoiceForm", "IncludeHelpInContents", "BasedOn", "DataLockFields", "DataLockControlMode",
		"FullTextSearch", "ObjectPresentation", "ExtendedObjectPresentation", "ListPresentation",
		"ExtendedListPresentation", "Explanation", "CreateOnInput", "ChoiceHistoryOnInput", "DataHistory",
		"UpdateDataHistoryImmediatelyAfterWrite", "ExecuteAfterWriteDataHistoryVersionProcessing")...),
	metadata.KindDocument: spec(false, with(adoptedHead, "UseStandardCommands", "Numerator", "NumberType",
		"NumberLength", "NumberAllowedLength", "NumberPeriodicity", "CheckUnique", "Autonumbering",
		"StandardAttributes", "Characteristics", "BasedOn", "InputByString", "CreateOnInput",
		// order verified against vlaved/unf-TaskManager Documents/уз_Задача.xml (2.16)
		"SearchStringModeOnInputByString", "FullTextSearchOnInputByString", "ChoiceDataGetModeOnInputByString",
		"DefaultObjectForm", "DefaultListForm", "DefaultChoiceForm", "AuxiliaryObjectForm", "AuxiliaryListForm",
		"AuxiliaryChoiceForm", "Posting", "RealTimePosting", "RegisterRecordsDeletion",
		"RegisterRecordsWritingOnPost", "SequenceFilling", "RegisterRecords", "PostInPrivilegedMode",
		"UnpostInPrivilegedMode", "IncludeHelpInContents", "DataLockFields", "DataLockControlMode",
		"FullTextSearch", "ObjectPresentation", "ExtendedObjectPresentation", "ListPresentation",
		"ExtendedListPresentation", "Explanation", "ChoiceHistoryOnInput", "DataHistory",
		"UpdateDataHistoryImmediatelyAfterWrite", "ExecuteAfterWriteDataHistoryVersionProcessing")...),
	metadata.KindEnum: spec(false, adoptedHead...),
	// Order of a real УНФ 3.0.8 chart (2.18). FullTextSearchOnInputByString
	// and ChoiceDataGetModeOnInputByString are left out: catalogs of the
	// same dump write them in the other order, so their place is not
	// certain across versions.
	metadata.KindChartOfCharacteristicTypes: spec(false, with(adoptedHead, "UseStandardCommands",
		"IncludeHelpInContents", "CharacteristicExtValues", "Type", "Hierarchical", "FoldersOnTop", "CodeLength",
		"CodeAllowedLength", "DescriptionLength", "CodeSeries", "CheckUnique", "Autonumbering",
		"DefaultPresentation", "StandardAttributes", "Characteristics", "PredefinedDataUpdate", "EditType",
		"QuickChoice", "ChoiceMode", "InputByString", "CreateOnInput", "SearchStringModeOnInputByString",
		"ChoiceHistoryOnInput", "DefaultObjectForm", "DefaultFolderForm", "DefaultListForm", "DefaultChoiceForm",
		"DefaultFolderChoiceForm", "AuxiliaryObjectForm", "AuxiliaryFolderForm", "AuxiliaryListForm",
		"AuxiliaryChoiceForm", "AuxiliaryFolderChoiceForm", "BasedOn", "DataLockFields", "DataLockControlMode",
		"FullTextSearch", "ObjectPresentation", "ExtendedObjectPresentation", "ListPresentation",
		"ExtendedListPresentation", "Explanation", "DataHistory", "UpdateDataHistoryImmediatelyAfterWrite",
		"ExecuteAfterWriteDataHistoryVersionProcessing")...),
	metadata.KindDefinedType:      spec(true, with(adoptedHead, "Type")...),
	metadata.KindSessionParameter: spec(true, with(adoptedHead, "Type")...),
}

// childSpecs are the property lists of sub-objects by tag.
var childSpecs = map[string]*propSpec{
	"Attribute":      spec(false, with(adoptedHead, fieldProps...)...),
	"Dimension":      spec(false, with(adoptedHead, fieldProps...)...),
	"Resource":       spec(false, with(adoptedHead, fieldProps...)...),
	"TabularSection": spec(false, with(adoptedHead, "ToolTip", "FillChecking", "StandardAttributes", "Use", "LineNumberLength@20")...),
}

// minor parses "2.16" into 16; 0 when unparsable.
func minor(v string) int {
	_, m, ok := strings.Cut(v, ".")
	if !ok {
		return 0
	}
	n, _ := strconv.Atoi(m)
	return n
}

// checkProps checks one property list against its spec.
func checkProps(ps *metadata.Problems, what string, props []metadata.Prop, sp *propSpec, version string) {
	if sp == nil {
		return
	}
	v := minor(version)
	last, lastName := -1, ""
	for _, p := range props {
		idx, exists := -1, false
		for i, e := range sp.entries {
			if e.name != p.Name() {
				continue
			}
			exists = true
			if (e.from == 0 || v >= e.from) && (e.to == 0 || v <= e.to) {
				idx = i
				break
			}
		}
		switch {
		case idx < 0 && exists:
			e, _ := sinceOf(sp, p.Name())
			ps.Errorf(RuleProperties, p.Pos(), "%s: property %s does not exist in format %s (it appears in 2.%d): the loader refuses it («Свойство не входит в состав объекта метаданных»)", what, p.Name(), version, e.from)
		case idx < 0:
			if sp.complete && v <= 18 {
				ps.Errorf(RuleProperties, p.Pos(), "%s: unknown property %s for format %s («Свойство не входит в состав объекта метаданных»)", what, p.Name(), version)
			}
		default:
			if idx < last {
				ps.Errorf(RuleProperties, p.Pos(), "%s: property %s must come before %s in format %s (the Designer's order)", what, p.Name(), lastName, version)
			} else {
				last, lastName = idx, p.Name()
			}
		}
	}
}

// sinceOf returns the entry of name with the widest applicability: the one
// with a lower bound if any.
func sinceOf(sp *propSpec, name string) (specEntry, bool) {
	var found specEntry
	ok := false
	for _, e := range sp.entries {
		if e.name == name {
			if !ok || e.from > found.from {
				found = e
			}
			ok = true
		}
	}
	return found, ok
}
