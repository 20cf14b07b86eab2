package value

import (
	"strconv"
	"testing"
)

// Benchmarks for the operations loops spend their time in. Run with
// go test -bench . -benchmem ./mock1c/bsl/value

func BenchmarkAddSmallInt(b *testing.B) {
	var acc Value = IntValue(0)
	one := IntValue(1)
	for i := 0; i < b.N; i++ {
		v, err := Add(acc, one)
		if err != nil {
			b.Fatal(err)
		}
		acc = v
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/add")
}

func BenchmarkAddDecimal(b *testing.B) {
	acc := Int(0)
	step := MustParse("0.01")
	for i := 0; i < b.N; i++ {
		acc = acc.Add(step)
	}
	if acc.Sign() < 0 {
		b.Fatal("sum went negative")
	}
}

func BenchmarkMulDecimal(b *testing.B) {
	price := MustParse("123.45")
	qty := MustParse("3.5")
	var r Number
	for i := 0; i < b.N; i++ {
		r = price.Mul(qty)
	}
	if r.Text() != "432.075" {
		b.Fatal(r.Text())
	}
}

func BenchmarkDivInexact(b *testing.B) {
	one, three := Int(1), Int(3)
	for i := 0; i < b.N; i++ {
		if _, err := one.Div(three); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBigAdd(b *testing.B) {
	acc := MustParse("123456789012345678901234567890.5")
	step := MustParse("1.25")
	for i := 0; i < b.N; i++ {
		acc = acc.Add(step)
	}
}

func BenchmarkNumberString(b *testing.B) {
	n := MustParse("1234567.89")
	for i := 0; i < b.N; i++ {
		_ = n.String()
	}
}

func BenchmarkStringConcat(b *testing.B) {
	// s = s + "x" as BSL loops write it; restarted every 1000 steps so the
	// string stays short and the figure is per operation.
	var s Value = Empty
	x := String("x")
	for i := 0; i < b.N; i++ {
		if i%1000 == 0 {
			s = Empty
		}
		v, err := Add(s, x)
		if err != nil {
			b.Fatal(err)
		}
		s = v
	}
}

func BenchmarkConcatNumber(b *testing.B) {
	pfx := String("Строка № ")
	n := IntValue(12345)
	for i := 0; i < b.N; i++ {
		if _, err := Add(pfx, n); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkArrayAppendIterate(b *testing.B) {
	for i := 0; i < b.N; i++ {
		a := NewArray()
		for k := 0; k < 100; k++ {
			a.Items = append(a.Items, IntValue(int64(k)))
		}
		sum := Int(0)
		for it := a.Iterate(); ; {
			v, ok := it.Next()
			if !ok {
				break
			}
			sum = sum.Add(v.(Number))
		}
		if sum.Text() != "4950" {
			b.Fatal(sum.Text())
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*100), "ns/elem")
}

func BenchmarkStructureInsertGet(b *testing.B) {
	keys := make([]string, 20)
	for i := range keys {
		keys[i] = "Ключ" + strconv.Itoa(i)
	}
	for i := 0; i < b.N; i++ {
		s := NewStructure()
		for _, k := range keys {
			if err := s.Insert(k, True); err != nil {
				b.Fatal(err)
			}
		}
		for _, k := range keys {
			if _, err := s.GetProp(k); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*40), "ns/op-key")
}

func BenchmarkMapInsertGet(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := NewMap()
		for k := 0; k < 100; k++ {
			m.Insert(IntValue(int64(k)), True)
		}
		for k := 0; k < 100; k++ {
			if _, ok := m.Get(IntValue(int64(k))); !ok {
				b.Fatal("lost key")
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*200), "ns/op-key")
}

func BenchmarkValueTableSortFind(b *testing.B) {
	for i := 0; i < b.N; i++ {
		t := NewValueTable()
		t.AddColumn("Код", Undef, "", 0)
		t.AddColumn("Сумма", Undef, "", 0)
		for k := 0; k < 200; k++ {
			r := t.AddRow()
			r.cells[0] = IntValue(int64((k * 7919) % 200))
			r.cells[1] = IntValue(int64(k))
		}
		if err := t.Sort("Код Убыв, Сумма"); err != nil {
			b.Fatal(err)
		}
		if t.Rows[0].cells[0].String() != "199" {
			b.Fatal("sort")
		}
		if t.Total(1).Text() != "19900" {
			b.Fatal("total")
		}
	}
}

func BenchmarkMethodLookup(b *testing.B) {
	a := NewArray()
	tab := a.Methods()
	for i := 0; i < b.N; i++ {
		if tab.Lookup("Добавить") == nil {
			b.Fatal("missing")
		}
	}
}
