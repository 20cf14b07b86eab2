package value

import (
	"strings"
	"testing"
)

// call is a test helper: CallMethod with no environment.
func call(t *testing.T, recv Value, name string, args ...Value) Value {
	t.Helper()
	v, err := CallMethod(nil, recv, name, args)
	if err != nil {
		t.Fatalf("%s.%s: %v", recv.TypeName().Ru, name, err)
	}
	return v
}

func callErr(recv Value, name string, args ...Value) error {
	_, err := CallMethod(nil, recv, name, args)
	return err
}

func TestArray(t *testing.T) {
	a := NewArray()
	call(t, a, "Добавить", Int(1))
	call(t, a, "add", String("x")) // English name, any case
	call(t, a, "Вставить", Int(0), Int(0))
	if got := call(t, a, "Количество"); got.String() != "3" {
		t.Errorf("Количество = %s", got)
	}
	if got := call(t, a, "ВГраница"); got.String() != "2" {
		t.Errorf("ВГраница = %s", got)
	}
	if got := call(t, a, "Найти", String("x")); got.String() != "2" {
		t.Errorf("Найти = %s", got)
	}
	if got := call(t, a, "Найти", String("нет")); got != Undef {
		t.Errorf("Найти absent = %v, want Неопределено", got)
	}
	if _, err := a.Index(Int(3)); err == nil || err.Error() != MsgIndexOutOfRange {
		t.Errorf("a[3]: %v", err)
	}
	if err := callErr(a, "Удалить", Int(-1)); err == nil || err.Error() != MsgIndexOutOfRange {
		t.Errorf("Удалить(-1): %v", err)
	}
	if err := callErr(a, "Неизвестный"); err == nil || err.Error() != "Метод объекта не обнаружен (Неизвестный)" {
		t.Errorf("unknown method: %v", err)
	}
	if err := callErr(a, "Добавить", Int(1), Int(2)); err == nil || err.Error() != MsgTooManyArgs {
		t.Errorf("too many: %v", err)
	}
	var seen []string
	for it := a.Iterate(); ; {
		v, ok := it.Next()
		if !ok {
			break
		}
		seen = append(seen, v.String())
	}
	if strings.Join(seen, ",") != "0,1,x" {
		t.Errorf("iteration %v", seen)
	}
	fixed := &Array{Items: a.Items, Fixed: true}
	if err := callErr(fixed, "Добавить", Int(1)); err == nil || err.Error() != "Метод объекта не обнаружен (Добавить)" {
		t.Errorf("ФиксированныйМассив.Добавить: %v", err)
	}
	if err := fixed.SetIndex(Int(0), Int(5)); err == nil {
		t.Error("fixed array assignment must fail")
	}
}

func TestStructure(t *testing.T) {
	s := NewStructure()
	if err := FillStructure(s, "Имя, Код", []Value{String("А")}); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.GetProp("имя"); v.String() != "А" {
		t.Errorf("case-insensitive key: %v", v)
	}
	if v, _ := s.GetProp("Код"); v != Undef {
		t.Errorf("missing constructor value must be Неопределено, got %v", v)
	}
	if _, err := s.GetProp("Нет"); err == nil || err.Error() != "Поле объекта не обнаружено (Нет)" {
		t.Errorf("missing key: %v", err)
	}
	if err := s.SetProp("Нет", Int(1)); err == nil {
		t.Error("assignment to a missing key must fail (Вставить adds keys)")
	}
	if err := callErr(s, "Вставить", String("1abc"), Int(1)); err == nil || err.Error() != MsgBadStructKey {
		t.Errorf("bad key: %v", err)
	}
	// Свойство(Ключ, ЗначениеНайденное): the second argument is an out parameter.
	ref := &Ref{V: Int(99)}
	if got := call(t, s, "Свойство", String("ИМЯ"), ref); got != True || ref.V.String() != "А" {
		t.Errorf("Свойство found: %v %v", got, ref.V)
	}
	ref = &Ref{V: Int(99)}
	if got := call(t, s, "Свойство", String("Нет"), ref); got != False || ref.V != Undef {
		t.Errorf("Свойство absent: %v %v (the out value becomes Неопределено)", got, ref.V)
	}
	d := s.Methods().Lookup("Property")
	if d == nil || !d.IsOut(1) || d.IsOut(0) {
		t.Error("Свойство must declare argument 2 as out")
	}
	call(t, s, "Удалить", String("имя"))
	if s.Len() != 1 || s.Keys()[0] != "Код" {
		t.Errorf("after Удалить: %v", s.Keys())
	}
	kv, _ := s.Iterate().Next()
	if k, _ := kv.(HasProps).GetProp("Key"); k.String() != "Код" {
		t.Errorf("КлючИЗначение.Ключ = %v", k)
	}
}

func TestMap(t *testing.T) {
	m := NewMap()
	u, _ := ParseUUID("0f8fad5b-d9cb-469f-a165-70867728950e")
	u2, _ := ParseUUID("0F8FAD5B-D9CB-469F-A165-70867728950E")
	m.SetIndex(Int(1), String("число"))
	m.SetIndex(String("1"), String("строка"))
	m.SetIndex(MustParse("1.0"), String("снова число"))
	m.SetIndex(u, String("uuid"))
	if m.Len() != 3 {
		t.Fatalf("len %d: 1 and 1.0 are one key, \"1\" another", m.Len())
	}
	if v, _ := m.Index(Int(1)); v.String() != "снова число" {
		t.Errorf("m[1] = %v", v)
	}
	if v, _ := m.Index(u2); v.String() != "uuid" {
		t.Errorf("UUID keys compare by value: %v", v)
	}
	if v, _ := m.Index(String("нет")); v != Undef {
		t.Errorf("missing key reads Неопределено, got %v", v)
	}
	arr1, arr2 := NewArray(), NewArray()
	m.Insert(arr1, True)
	if _, ok := m.Get(arr2); ok {
		t.Error("reference keys compare by identity")
	}
	m.Delete(Int(1))
	kv, _ := m.Iterate().Next()
	if k, _ := kv.(HasProps).GetProp("Ключ"); k.String() != "1" || k.TypeName() != TString {
		t.Errorf("first key after delete = %v (%s)", k, k.TypeName().Ru)
	}
}

func TestValueTable(t *testing.T) {
	vt := NewValueTable()
	cols := vt.Columns()
	call(t, cols, "Добавить", String("Товар"))
	call(t, cols, "Добавить", String("Сумма"))
	data := []struct {
		name string
		sum  string
	}{{"б", "10"}, {"а", "2.5"}, {"б", "5"}, {"в", "1"}}
	for _, d := range data {
		r := call(t, vt, "Добавить").(*VTRow)
		if err := r.SetProp("товар", String(d.name)); err != nil {
			t.Fatal(err)
		}
		if err := r.SetIndex(Int(1), MustParse(d.sum)); err != nil {
			t.Fatal(err)
		}
	}
	if got := call(t, vt, "Итог", String("Сумма")); got.String() != "18,5" {
		t.Errorf("Итог = %s", got)
	}
	filter := NewStructure()
	filter.Insert("Товар", String("б"))
	if got := call(t, vt, "НайтиСтроки", filter).(*Array); len(got.Items) != 2 {
		t.Errorf("НайтиСтроки found %d", len(got.Items))
	}
	if got := call(t, vt, "Найти", String("в"), String("Товар")); got == Undef {
		t.Error("Найти по колонке")
	}
	call(t, vt, "Сортировать", String("Товар Убыв, Сумма"))
	var order []string
	for _, r := range vt.Rows {
		order = append(order, r.Cell(0).String()+r.Cell(1).String())
	}
	if strings.Join(order, " ") != "в1 б5 б10 а2,5" {
		t.Errorf("sorted: %v", order)
	}
	col := call(t, vt, "ВыгрузитьКолонку", String("Товар")).(*Array)
	if len(col.Items) != 4 || col.Items[0].String() != "в" {
		t.Errorf("ВыгрузитьКолонку: %v", col.Items)
	}
	cp := call(t, vt, "Скопировать").(*ValueTable)
	call(t, cp, "Свернуть", String("Товар"), String("Сумма"))
	if len(cp.Rows) != 3 || cp.Rows[1].Cell(1).String() != "15" {
		t.Errorf("Свернуть: %d rows, б = %v", len(cp.Rows), cp.Rows[1].Cell(1))
	}
	if len(vt.Rows) != 4 {
		t.Error("Скопировать must not share rows with the source")
	}
	if _, err := vt.Rows[0].GetProp("Нет"); err == nil || err.Error() != "Поле объекта не обнаружено (Нет)" {
		t.Errorf("unknown column: %v", err)
	}
	call(t, cols, "Удалить", String("Товар"))
	if v, _ := vt.Rows[0].Index(Int(0)); v.String() != "1" {
		t.Errorf("after column delete, r[0] = %v", v)
	}
}

func TestValueList(t *testing.T) {
	l := NewValueList()
	call(t, l, "Добавить", Int(3), String("три"))
	call(t, l, "Добавить", Int(1))
	call(t, l, "СортироватьПоЗначению")
	if l.Items[0].Val.String() != "1" || l.Items[1].String() != "три" {
		t.Errorf("sorted: %v %v", l.Items[0].Val, l.Items[1])
	}
	if it := call(t, l, "НайтиПоЗначению", Int(3)); it == Undef {
		t.Error("НайтиПоЗначению")
	}
	vals := call(t, l, "ВыгрузитьЗначения").(*Array)
	if len(vals.Items) != 2 {
		t.Error("ВыгрузитьЗначения")
	}
}

func TestUUID(t *testing.T) {
	u, err := ParseUUID("0F8FAD5B-D9CB-469F-A165-70867728950E")
	if err != nil || u.String() != "0f8fad5b-d9cb-469f-a165-70867728950e" {
		t.Errorf("parse: %v %v", u, err)
	}
	for _, bad := range []string{"", "0f8fad5bd9cb469fa16570867728950e", "0f8fad5b-d9cb-469f-a165-70867728950g"} {
		if _, err := ParseUUID(bad); err == nil {
			t.Errorf("ParseUUID(%q) must fail", bad)
		}
	}
	a, _ := NewUUID(nil)
	b, _ := NewUUID(nil)
	if a == b || a.String()[14] != '4' {
		t.Errorf("random v4: %v %v", a, b)
	}
}

func TestDeepCopy(t *testing.T) {
	inner := NewArray(Int(1))
	s := NewStructure()
	s.Insert("А", inner)
	s.Insert("Б", inner)
	m := NewMap()
	m.Insert(String("к"), s)
	c, err := DeepCopy(m)
	if err != nil {
		t.Fatal(err)
	}
	cs, _ := c.(*Map).Get(String("к"))
	a, _ := cs.(*Structure).Get("А")
	b, _ := cs.(*Structure).Get("Б")
	if a == Value(inner) {
		t.Error("nested array must be copied")
	}
	if a != b {
		t.Error("shared references stay shared in the copy")
	}
	a.(*Array).Items[0] = Int(2)
	if inner.Items[0].String() != "1" {
		t.Error("copy must not alias the source")
	}
	if _, err := DeepCopy(&KeyValue{Key: Undef, Val: Undef}); err == nil || !strings.Contains(err.Error(), "КлючИЗначение") {
		t.Errorf("non-transferable: %v", err)
	}
}
