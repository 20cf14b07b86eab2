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
---
// Assignment to an index of a call result (БСП collection helpers).
Процедура Заполнить(Таблица, Массив, Поле)
	Для Каждого Значение Из Массив Цикл
		Таблица.Добавить()[Поле] = Значение;
	КонецЦикла;
КонецПроцедуры
---
// option:all
// A client function whose whole body is under a condition, and a branch that
// only returns (form modules of test tools).
&НаКлиенте
Функция Окружение() Экспорт
	#Если НЕ ВебКлиент Тогда
	Результат = Новый Соответствие;
	Возврат Результат;
	#КонецЕсли
КонецФункции

&НаКлиенте
Функция Настройки() Экспорт
	#Если ВебКлиент Тогда
		Возврат Новый Структура;
	#КонецЕсли
	Возврат Окружение();
КонецФункции
---
// An English-syntax extension method with an insertion and a deletion that
// cut through statements.
&AtServer
&ChangeAndValidate("Refresh")
Procedure Ext1_Refresh()
	#Insert
	Counter = 0;
	#EndInsert
	If Counter = 0 Then
		#Delete
		Query = New Query("SELECT
		|	1");
		#EndDelete
		#Insert
		Query = New Query("SELECT 2");
		#EndInsert
		Rows = Query.Execute().Unload();
	EndIf;
EndProcedure
---
// Blank lines between the continuation lines of a query text.
Процедура Запросить()
	Текст = "ВЫБРАТЬ

	|	1 КАК Поле
	// комментарий

	|ИЗ";
КонецПроцедуры
---
// A call spread over lines, continued by a method call on the next line
// (YAxUnit's fluent registration).
Процедура Зарегистрировать(Имя, Представление)
	Тесты.ДобавитьТест(Имя, Представление)
		.СПараметрами(1, , "А")
		.СПараметрами(2);
КонецПроцедуры
