// Constructs met in real public configurations (БСП, УНФ, YAxUnit,
// vanessa-automation dumps) that the platform compiles: each chunk must parse
// without errors unless it carries a ### marker. The code is written for these
// tests, not copied. "// option:all" parses the chunk under every execution
// context (ParseAllContexts), as `onec-check parse` does.

// A parenthesised message followed by an operator is one expression, not the
// call form of ВызватьИсключение.
Процедура Проверить(Имя)
	ВызватьИсключение ("Не найден объект: ") + Имя;
КонецПроцедуры
---
Процедура Проверить(Имя)
	ВызватьИсключение (Имя) - 1;
КонецПроцедуры
---
Процедура Проверить(Имя)
	ВызватьИсключение (Имя).Представление;
КонецПроцедуры
---
Процедура Проверить(Имя)
	ВызватьИсключение (Имя) НЕ 1; // ### "Ожидается символ ';'"
КонецПроцедуры
---
// option:all
// A region opened in two preprocessor branches and closed once after them.
#Если Сервер Тогда
#Область ПрограммныйИнтерфейс
Процедура А() Экспорт
КонецПроцедуры
#Иначе
#Область ПрограммныйИнтерфейс
Процедура Б() Экспорт
КонецПроцедуры
#КонецЕсли
Процедура В() Экспорт
КонецПроцедуры
#КонецОбласти
---
// option:all
// ... and the mirror image: opened once, closed in each branch.
#Область ПрограммныйИнтерфейс
#Если Клиент Тогда
Процедура А() Экспорт
КонецПроцедуры
#КонецОбласти
#ИначеЕсли ВнешнееСоединение Тогда
#КонецОбласти
#Иначе
#КонецОбласти
#КонецЕсли
---
// option:all
// A region still open after a branch that did not close it is reported.
#Если Сервер Тогда
#Область Незакрытая // ### "Ожидается директива препроцессора #КонецОбласти"
#КонецЕсли
---
// A ';' after the last method is an empty module body.
Процедура А()
КонецПроцедуры;
---
// ... but a method after it follows a statement of the body (OneScript's
// compiler tests: "Точка с запятой между процедурами").
Процедура А()
КонецПроцедуры;
Процедура Б() // ### "Процедуры и функции должны предшествовать операторам"
КонецПроцедуры
