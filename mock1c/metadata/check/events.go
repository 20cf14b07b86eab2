package check

import (
	"strings"

	"wazzup-unf/mock1c/metadata"
)

// eventArgs is how many arguments the platform passes to an event
// subscription handler, by event and by the source's generated-type
// family. Sources: the syntax assistant's event descriptions, as cited in
// 1c-designer-format.md §4.7 (ПриЗаписи(Источник, Отказ), ПередЗаписью for
// documents with РежимЗаписи and РежимПроведения) and БСП's handlers
// (ПроверитьДоступПередЗаписью(Источник, Отказ, РежимЗаписи = Неопределено,
// РежимПроведения = Неопределено) serving catalogs and documents alike).
// An event not listed here is not checked.
func eventArgs(event, family string) (n int, params string) {
	recordSet := strings.HasSuffix(family, "RecordSet")
	document := family == "DocumentObject"
	switch event {
	case "BeforeWrite":
		switch {
		case document:
			return 4, "Источник, Отказ, РежимЗаписи, РежимПроведения"
		case recordSet:
			return 3, "Источник, Отказ, Замещение"
		}
		return 2, "Источник, Отказ"
	case "OnWrite":
		if recordSet {
			return 3, "Источник, Отказ, Замещение"
		}
		return 2, "Источник, Отказ"
	case "BeforeDelete", "UndoPosting":
		return 2, "Источник, Отказ"
	case "Posting":
		return 3, "Источник, Отказ, РежимПроведения"
	case "Filling":
		return 3, "Источник, ДанныеЗаполнения, СтандартнаяОбработка"
	case "FillCheckProcessing":
		return 3, "Источник, Отказ, ПроверяемыеРеквизиты"
	case "OnCopy":
		return 2, "Источник, ОбъектКопирования"
	case "OnSetNewNumber", "OnSetNewCode":
		return 3, "Источник, СтандартнаяОбработка, Префикс"
	}
	return 0, ""
}

// subscriptionArity checks that the handler accepts the arguments the
// platform passes for every source of the subscription.
func (c *checker) subscriptionArity(o *metadata.Object, p *Proc) {
	s := o.Subscription
	for _, t := range c.sourceTypes(s.Source, 0) {
		family, _, _ := strings.Cut(strings.TrimPrefix(t.Name, "cfg:"), ".")
		n, params := eventArgs(s.Event, family)
		if n == 0 {
			continue
		}
		if p.Params < n || p.Required > n {
			c.ps.Errorf(RuleHandlers, p.Pos, "%s: handler %s takes %d parameters (%d required), but for %s on %s the platform passes %d (%s)", o.FullName(), p.Name, p.Params, p.Required, s.Event, t.Name, n, params)
			return
		}
	}
}

// formEventArgs is how many arguments the platform passes to form event
// handlers (syntax assistant, «ФормаКлиентскогоПриложения», events):
// ПриСозданииНаСервере(Отказ, СтандартнаяОбработка), ПриОткрытии(Отказ),
// ПриЗакрытии(ЗавершениеРаботы), ОбработкаОповещения(ИмяСобытия, Параметр,
// Источник), ПередЗакрытием(Отказ, ЗавершениеРаботы, ТекстПредупреждения,
// СтандартнаяОбработка). Item events depend on the item: ПриИзменении
// (Элемент), ДокументСформирован(Элемент), and the HTML field's
// ПриНажатии(Элемент, ДанныеСобытия, СтандартнаяОбработка). A command's
// action receives (Команда).
func formEventArgs(itemTag, event string) (n int, params string) {
	switch itemTag {
	case "": // the form itself
		switch event {
		case "OnCreateAtServer":
			return 2, "Отказ, СтандартнаяОбработка"
		case "OnOpen":
			return 1, "Отказ"
		case "OnClose":
			return 1, "ЗавершениеРаботы"
		case "NotificationProcessing":
			return 3, "ИмяСобытия, Параметр, Источник"
		case "BeforeClose":
			return 4, "Отказ, ЗавершениеРаботы, ТекстПредупреждения, СтандартнаяОбработка"
		}
	case "HTMLDocumentField":
		switch event {
		case "DocumentComplete":
			return 1, "Элемент"
		case "OnClick":
			return 3, "Элемент, ДанныеСобытия, СтандартнаяОбработка"
		}
	case "Command":
		return 1, "Команда"
	}
	if event == "OnChange" {
		return 1, "Элемент"
	}
	return 0, ""
}

// sourceTypes expands defined types among subscription sources
// (<v8:TypeSet>cfg:DefinedType.X</v8:TypeSet>, as БСП writes them) into the
// types they stand for, so that the arguments are judged per real source
// type; a defined type not in the dump (or its base) is left out.
func (c *checker) sourceTypes(src []metadata.TypeRef, depth int) []metadata.TypeRef {
	var out []metadata.TypeRef
	for _, t := range src {
		family, name, _ := strings.Cut(strings.TrimPrefix(t.Name, "cfg:"), ".")
		if family != "DefinedType" {
			out = append(out, t)
			continue
		}
		dt := c.lookupAny(metadata.KindDefinedType, name)
		if dt == nil || depth > 3 {
			continue
		}
		if p := dt.Prop("Type"); p != nil {
			out = append(out, c.sourceTypes(p.Types(), depth+1)...)
		}
	}
	return out
}
