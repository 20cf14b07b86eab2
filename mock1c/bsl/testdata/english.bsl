// Английский синтаксис: ключевые слова и имена встроенных функций.

Function Twice(Value) Export
	Return Value * 2;
EndFunction

Total = 0;
For Counter = 1 To 3 Do
	If Counter = 2 Then
		Continue;
	EndIf;
	Total = Total + Twice(Counter);
EndDo;
Утв.Равно(Total, 8);
Утв.Равно(StrLen("abc"), 3);
Try
	Raise "english";
Except
	Утв.Равно(ErrorInfo().Description, "english");
EndTry;
Arr = New Array;
Arr.Add(1);
Утв.Равно(Arr.Count(), 1);
---
// Смешение языков допустимо.
Если True And Not False Тогда
	Х = Undefined;
EndIf;
Утв.Равно(Х, Неопределено);
