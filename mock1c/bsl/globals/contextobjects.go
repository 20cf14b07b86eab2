package globals

// Context-object methods: a module sees the methods of the object it
// belongs to unqualified, as if they were global — Закрыть() in a form
// module is the form's method, Записать() in an object module the
// object's. The lists are the methods of the platform types (syntax
// assistant: ФормаКлиентскогоПриложения with the extensions of object,
// record and report forms; СправочникОбъект, ДокументОбъект, ОтчетОбъект,
// ОбработкаОбъект, БизнесПроцессОбъект, ЗадачаОбъект…; their managers;
// record sets; the constant's value manager), Russian and English. They
// are generous on purpose: a name here is never reported as undefined.

// FormMethods are the methods of a managed form and its extensions.
func FormMethods() []string {
	return []string{
		"Активизировать", "Activate", "Закрыть", "Close", "Открыть", "Open", "ОткрытьМодально", "DoModal",
		"Открыта", "IsOpen", "ОбновитьОтображениеДанных", "RefreshDataRepresentation",
		"ПодключитьОбработчикОжидания", "AttachIdleHandler", "ОтключитьОбработчикОжидания", "DetachIdleHandler",
		"ПолучитьРеквизиты", "GetAttributes", "ИзменитьРеквизиты", "ChangeAttributes",
		"РеквизитФормыВЗначение", "FormAttributeToValue", "ЗначениеВРеквизитФормы", "ValueToFormAttribute",
		"ПроверитьЗаполнение", "CheckFilling", "ОповеститьОВыборе", "NotifyChoice",
		"ПолучитьФункциональнуюОпциюФормы", "GetFormFunctionalOption",
		"ПолучитьПараметрыФункциональныхОпцийФормы", "GetFormFunctionalOptionParameters",
		"УстановитьПараметрыФункциональныхОпцийФормы", "SetFormFunctionalOptionParameters",
		"ПодключитьОбработчикИзмененияДанных", "AttachDataChangeHandler",
		"ОтключитьОбработчикИзмененияДанных", "DetachDataChangeHandler",
		// object and record form extensions
		"Записать", "Write", "Прочитать", "Read",
		// report form extension
		"СкомпоноватьРезультат", "ComposeResult",
	}
}

// ObjectMethods are the methods of application objects in their object
// modules.
func ObjectMethods() []string {
	return []string{
		"Записать", "Write", "Прочитать", "Read", "Удалить", "Delete", "Скопировать", "Copy",
		"Заблокировать", "Lock", "Разблокировать", "Unlock", "Заблокирован", "IsLocked",
		"ЭтоНовый", "IsNew", "УстановитьПометкуУдаления", "SetDeletionMark",
		"ПроверитьЗаполнение", "CheckFilling", "Заполнить", "Fill",
		"УстановитьНовыйКод", "SetNewCode", "УстановитьНовыйНомер", "SetNewNumber",
		"ПолучитьСсылкуНового", "GetNewObjectRef", "УстановитьСсылкуНового", "SetNewObjectRef",
		"Модифицированность", "Modified", "ПолучитьФорму", "GetForm", "ПолучитьМакет", "GetTemplate",
		"СкомпоноватьРезультат", "ComposeResult", "Старт", "Start", "ВыполнитьЗадачу", "ExecuteTask",
		"ЭтотУзел", "ThisNode", "ПолучитьОбъект", "GetObject", "УстановитьВремя", "SetTime",
		"ПолучитьФормуВыполнения", "GetExecuteForm", "ПолучитьФормуСтарта", "GetStartForm",
	}
}

// ManagerMethods are the methods of object managers in manager modules.
func ManagerMethods() []string {
	return []string{
		"ПолучитьФорму", "GetForm", "ПолучитьМакет", "GetTemplate", "ПустаяСсылка", "EmptyRef",
		"НайтиПоКоду", "FindByCode", "НайтиПоНаименованию", "FindByDescription", "НайтиПоРеквизиту", "FindByAttribute",
		"НайтиПоНомеру", "FindByNumber", "Выбрать", "Select", "ВыбратьИерархически", "SelectHierarchically",
		"СоздатьЭлемент", "CreateItem", "СоздатьГруппу", "CreateFolder", "СоздатьДокумент", "CreateDocument",
		"СоздатьНаборЗаписей", "CreateRecordSet", "СоздатьМенеджерЗаписи", "CreateRecordManager",
		"СоздатьУзел", "CreateNode", "СоздатьВидХарактеристики", "CreateCharacteristicType",
		"СоздатьСчет", "CreateAccount", "СоздатьБизнесПроцесс", "CreateBusinessProcess", "СоздатьЗадачу", "CreateTask",
		"Создать", "Create", "СоздатьЗначение", "CreateValue",
		"ПолучитьСсылку", "GetRef", "ПолучитьФормуВыбора", "GetChoiceForm", "ПолучитьФормуСписка", "GetListForm",
		"ПолучитьФормуОбъекта", "GetObjectForm", "ПолучитьФормуНовогоОбъекта", "GetNewObjectForm",
		"ПолучитьФормуЗаписи", "GetRecordForm", "ПолучитьФормуГруппы", "GetFolderForm",
		"ПолучитьФормуВыбораГруппы", "GetFolderChoiceForm",
		"ПолучитьДанныеВыбора", "GetChoiceData", "ПолучитьИмяПредопределенного", "GetPredefinedItemName",
		"ПолучитьПоследнее", "GetLast", "ПолучитьПервое", "GetFirst", "Получить", "Get", "Установить", "Set",
		"СрезПоследних", "SliceLast", "СрезПервых", "SliceFirst",
		"Остатки", "Balance", "Обороты", "Turnovers", "ОстаткиИОбороты", "BalanceAndTurnovers",
		"ЭтотУзел", "ThisNode", "ЗарегистрироватьИзменения", "RecordChanges",
		"УдалитьРегистрациюИзменений", "DeleteChangeRecords", "ВыбратьИзменения", "SelectChanges",
		"ПолучитьОбновлениеПредопределенныхДанных", "GetPredefinedDataUpdate",
		"УстановитьОбновлениеПредопределенныхДанных", "SetPredefinedDataUpdate",
		"ПолучитьТочкуАктуальности", "GetActualityPoint", "ПолучитьПредставлениеДанныхОбъекта", "GetObjectPresentation",
	}
}

// RecordSetMethods are the methods of register record sets in record-set
// modules, and of the constant's value manager in its module.
func RecordSetMethods() []string {
	return []string{
		"Записать", "Write", "Прочитать", "Read", "Добавить", "Add", "Очистить", "Clear", "Количество", "Count",
		"Выгрузить", "Unload", "Загрузить", "Load", "ВыгрузитьКолонку", "UnloadColumn", "ЗагрузитьКолонку", "LoadColumn",
		"ЗаполнитьЗначения", "FillValues", "Модифицированность", "Modified", "Удалить", "Delete", "Вставить", "Insert",
		"Индекс", "IndexOf", "Получить", "Get", "Выбран", "Selected", "Сдвинуть", "Move",
		"ПроверитьЗаполнение", "CheckFilling", "УстановитьАктивность", "SetActive",
	}
}
