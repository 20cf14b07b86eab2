package value

import (
	"slices"
	"sort"
	"strings"
)

// ValueTable is ТаблицаЗначений: named columns and rows whose cells are
// read as row.Колонка, row["Колонка"] or row[index].
//
// Rows store their cells in column order; adding or deleting a column
// updates every row. A deleted row is detached (its table is nil).
type ValueTable struct {
	cols    *VTColumns
	indexes *VTIndexes
	Rows    []*VTRow
}

// VTColumns is КоллекцияКолонокТаблицыЗначений.
type VTColumns struct {
	table *ValueTable
	list  []*VTColumn
}

// VTColumn is КолонкаТаблицыЗначений.
type VTColumn struct {
	Name  string
	Title string
	Width int
	Types Value // ОписаниеТипов or Неопределено
	table *ValueTable
}

// VTRow is СтрокаТаблицыЗначений.
type VTRow struct {
	table *ValueTable
	cells []Value
}

// VTIndexes is ИндексыКоллекции: indexes change only speed, never results,
// so they are recorded and otherwise ignored.
type VTIndexes struct{ list []string }

// TypeAdjuster is implemented by ОписаниеТипов: a typed column stores
// Adjust(v) (the empty value of its type for a new row, ПривестиЗначение
// semantics on assignment).
type TypeAdjuster interface {
	Adjust(v Value) Value
}

// Type names.
var (
	TValueTable = Name{"ТаблицаЗначений", "ValueTable"}
	TVTColumns  = Name{"КоллекцияКолонокТаблицыЗначений", "ValueTableColumnCollection"}
	TVTColumn   = Name{"КолонкаТаблицыЗначений", "ValueTableColumn"}
	TVTRow      = Name{"СтрокаТаблицыЗначений", "ValueTableRow"}
	TVTIndexes  = Name{"ИндексыКоллекции", "CollectionIndexes"}
)

// NewValueTable returns a table without columns.
func NewValueTable() *ValueTable {
	t := &ValueTable{indexes: &VTIndexes{}}
	t.cols = &VTColumns{table: t}
	return t
}

func (*ValueTable) TypeName() Name { return TValueTable }
func (*ValueTable) String() string { return TValueTable.Ru }

// Filled: the table has rows.
func (t *ValueTable) Filled() bool { return len(t.Rows) > 0 }

// Columns returns the column collection.
func (t *ValueTable) Columns() *VTColumns { return t.cols }

// AddColumn appends a column; a name that is not an identifier or already
// used is "Неверное значение аргумента".
func (t *ValueTable) AddColumn(name string, types Value, title string, width int) (*VTColumn, error) {
	return t.insertColumn(len(t.cols.list), name, types, title, width)
}

func (t *ValueTable) insertColumn(i int, name string, types Value, title string, width int) (*VTColumn, error) {
	if !IsIdent(name) {
		return nil, &Error{Msg: MsgBadArgValue, Hint: "column name must be an identifier: " + name}
	}
	if t.cols.find(name) >= 0 {
		return nil, &Error{Msg: MsgBadArgValue, Hint: "duplicate column " + name}
	}
	if types == nil {
		types = Undef
	}
	c := &VTColumn{Name: name, Title: title, Width: width, Types: types, table: t}
	l := &t.cols.list
	*l = append(*l, nil)
	copy((*l)[i+1:], (*l)[i:])
	(*l)[i] = c
	for _, r := range t.Rows {
		r.cells = append(r.cells, nil)
		copy(r.cells[i+1:], r.cells[i:])
		r.cells[i] = c.adjust(Undef)
	}
	return c, nil
}

func (c *VTColumn) adjust(v Value) Value {
	if a, ok := c.Types.(TypeAdjuster); ok {
		return a.Adjust(v)
	}
	return v
}

func (cs *VTColumns) find(name string) int {
	for i, c := range cs.list {
		if strings.EqualFold(c.Name, name) {
			return i
		}
	}
	return -1
}

// colArg resolves a column given by name, index or column object.
func (t *ValueTable) colArg(v Value) (int, error) {
	switch x := Deref(v).(type) {
	case String:
		if i := t.cols.find(string(x)); i >= 0 {
			return i, nil
		}
		return 0, ErrPropNotFound(string(x))
	case Number:
		i, err := ArgIndex(x)
		if err != nil {
			return 0, err
		}
		if i < 0 || i >= len(t.cols.list) {
			return 0, ErrIndex()
		}
		return i, nil
	case *VTColumn:
		for i, c := range t.cols.list {
			if c == x {
				return i, nil
			}
		}
		return 0, ErrBadArgValue()
	}
	return 0, ErrBadArgType()
}

// colList parses "Кол1, Кол2"; empty means all columns when all is set.
func (t *ValueTable) colList(spec string, all bool) ([]int, error) {
	if strings.TrimSpace(spec) == "" {
		if !all {
			return nil, nil
		}
		ix := make([]int, len(t.cols.list))
		for i := range ix {
			ix[i] = i
		}
		return ix, nil
	}
	var ix []int
	for _, p := range strings.Split(spec, ",") {
		p = strings.TrimSpace(p)
		i := t.cols.find(p)
		if i < 0 {
			return nil, ErrPropNotFound(p)
		}
		ix = append(ix, i)
	}
	return ix, nil
}

// AddRow appends a row with each cell the empty value of its column.
func (t *ValueTable) AddRow() *VTRow { return t.insertRow(len(t.Rows)) }

func (t *ValueTable) insertRow(i int) *VTRow {
	r := &VTRow{table: t, cells: make([]Value, len(t.cols.list))}
	for j, c := range t.cols.list {
		r.cells[j] = c.adjust(Undef)
	}
	t.Rows = append(t.Rows, nil)
	copy(t.Rows[i+1:], t.Rows[i:])
	t.Rows[i] = r
	return r
}

func (t *ValueTable) rowIndex(r *VTRow) int { return slices.Index(t.Rows, r) }

// rowArg resolves a row given by object or index.
func (t *ValueTable) rowArg(v Value) (int, error) { return elementArg(t.Rows, v) }

// Index reads t[i].
func (t *ValueTable) Index(key Value) (Value, error) { return sliceIndex(t.Rows, key) }

// SetIndex: rows cannot be assigned.
func (t *ValueTable) SetIndex(key, v Value) error { return ErrReadOnly() }

// Iterate yields rows.
func (t *ValueTable) Iterate() Iterator { return sliceIterate(func() []*VTRow { return t.Rows }) }

// GetProp reads Колонки and Индексы.
func (t *ValueTable) GetProp(name string) (Value, error) {
	switch Fold(name) {
	case "колонки", "columns":
		return t.cols, nil
	case "индексы", "indexes":
		return t.indexes, nil
	}
	return nil, ErrPropNotFound(name)
}

// SetProp: the table's properties are read-only.
func (t *ValueTable) SetProp(name string, v Value) error {
	if _, err := t.GetProp(name); err != nil {
		return err
	}
	return ErrReadOnly()
}

// Methods of ТаблицаЗначений.
func (*ValueTable) Methods() *MethodTable { return valueTableMethods }

// Cell returns the row's value in column i.
func (r *VTRow) Cell(i int) Value { return r.cells[i] }

func (*VTRow) TypeName() Name { return TVTRow }
func (*VTRow) String() string { return TVTRow.Ru }

// GetProp reads a cell by column name.
func (r *VTRow) GetProp(name string) (Value, error) {
	if r.table != nil {
		if i := r.table.cols.find(name); i >= 0 && i < len(r.cells) {
			return r.cells[i], nil
		}
	}
	return nil, ErrPropNotFound(name)
}

// SetProp writes a cell by column name.
func (r *VTRow) SetProp(name string, v Value) error {
	if r.table != nil {
		if i := r.table.cols.find(name); i >= 0 && i < len(r.cells) {
			r.cells[i] = r.table.cols.list[i].adjust(v)
			return nil
		}
	}
	return ErrPropNotFound(name)
}

func (r *VTRow) cellIndex(key Value) (int, error) {
	if r.table == nil {
		return 0, ErrIndex()
	}
	return r.table.colArg(key)
}

// Index reads r[i] or r["Колонка"].
func (r *VTRow) Index(key Value) (Value, error) {
	i, err := r.cellIndex(key)
	if err != nil {
		return nil, err
	}
	return r.cells[i], nil
}

// SetIndex writes r[i] or r["Колонка"].
func (r *VTRow) SetIndex(key, v Value) error {
	i, err := r.cellIndex(key)
	if err != nil {
		return err
	}
	r.cells[i] = r.table.cols.list[i].adjust(v)
	return nil
}

// Methods of a row.
func (*VTRow) Methods() *MethodTable { return vtRowMethods }

var vtRowMethods = NewMethodTable([]MethodDef{
	def("Владелец", "Owner", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		if t := r.(*VTRow).table; t != nil {
			return t, nil
		}
		return Undef, nil
	}),
	def("Получить", "Get", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		return r.(*VTRow).Index(Arg(args, 0, Undef))
	}),
	proc("Установить", "Set", 2, 2, func(_ Env, r Value, args []Value) (Value, error) {
		return nil, r.(*VTRow).SetIndex(Arg(args, 0, Undef), Arg(args, 1, Undef))
	}),
})

func (*VTColumns) TypeName() Name { return TVTColumns }
func (*VTColumns) String() string { return TVTColumns.Ru }

// GetProp reads Колонки.Имя: the column object.
func (cs *VTColumns) GetProp(name string) (Value, error) {
	if i := cs.find(name); i >= 0 {
		return cs.list[i], nil
	}
	return nil, ErrPropNotFound(name)
}

// SetProp: columns cannot be assigned.
func (cs *VTColumns) SetProp(name string, v Value) error { return ErrPropNotFound(name) }

// Index reads Колонки[i] or Колонки["Имя"].
func (cs *VTColumns) Index(key Value) (Value, error) {
	i, err := cs.table.colArg(key)
	if err != nil {
		return nil, err
	}
	return cs.list[i], nil
}

// SetIndex: columns cannot be assigned.
func (cs *VTColumns) SetIndex(key, v Value) error { return ErrReadOnly() }

// Iterate yields the columns.
func (cs *VTColumns) Iterate() Iterator {
	return &sliceIter{get: func(i int) (Value, bool) {
		if i < len(cs.list) {
			return cs.list[i], true
		}
		return nil, false
	}}
}

// Methods of the column collection.
func (*VTColumns) Methods() *MethodTable { return vtColumnsMethods }

func colAddArgs(args []Value, from int) (string, Value, string, int, error) {
	name, err := ArgString(Arg(args, from, Undef))
	if err != nil {
		return "", nil, "", 0, err
	}
	types := Arg(args, from+1, Undef)
	title := ""
	if v := Arg(args, from+2, nil); v != nil {
		title = v.String()
	}
	width := 0
	if v := Arg(args, from+3, nil); v != nil {
		if width, err = ArgIndex(v); err != nil {
			return "", nil, "", 0, err
		}
	}
	return name, types, title, width, nil
}

func cols(v Value) *VTColumns { return v.(*VTColumns) }

var vtColumnsMethods = NewMethodTable([]MethodDef{
	def("Добавить", "Add", 1, 4, func(_ Env, r Value, args []Value) (Value, error) {
		name, types, title, width, err := colAddArgs(args, 0)
		if err != nil {
			return nil, err
		}
		return cols(r).table.AddColumn(name, types, title, width)
	}),
	def("Вставить", "Insert", 2, 5, func(_ Env, r Value, args []Value) (Value, error) {
		cs := cols(r)
		i, err := ArgIndex(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		if i < 0 || i > len(cs.list) {
			return nil, ErrIndex()
		}
		name, types, title, width, err := colAddArgs(args, 1)
		if err != nil {
			return nil, err
		}
		return cs.table.insertColumn(i, name, types, title, width)
	}),
	def("Количество", "Count", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		return IntValue(int64(len(cols(r).list))), nil
	}),
	def("Найти", "Find", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		name, err := ArgString(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		if i := cols(r).find(name); i >= 0 {
			return cols(r).list[i], nil
		}
		return Undef, nil
	}),
	def("Получить", "Get", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		return cols(r).Index(Arg(args, 0, Undef))
	}),
	def("Индекс", "IndexOf", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		c, ok := Arg(args, 0, Undef).(*VTColumn)
		if !ok {
			return nil, ErrBadArgType()
		}
		for i, x := range cols(r).list {
			if x == c {
				return IntValue(int64(i)), nil
			}
		}
		return IntValue(-1), nil
	}),
	proc("Удалить", "Delete", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		cs := cols(r)
		i, err := cs.table.colArg(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		cs.list[i].table = nil
		cs.list = append(cs.list[:i], cs.list[i+1:]...)
		for _, row := range cs.table.Rows {
			row.cells = append(row.cells[:i], row.cells[i+1:]...)
		}
		return nil, nil
	}),
	proc("Очистить", "Clear", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		cs := cols(r)
		cs.list = nil
		for _, row := range cs.table.Rows {
			row.cells = nil
		}
		return nil, nil
	}),
})

func (*VTColumn) TypeName() Name   { return TVTColumn }
func (c *VTColumn) String() string { return c.Name }

var vtColumnProps = NewNameIndex([]Name{{"Имя", "Name"}, {"Заголовок", "Title"}, {"Ширина", "Width"}, {"ТипЗначения", "ValueType"}})

// GetProp reads Имя, Заголовок, Ширина, ТипЗначения.
func (c *VTColumn) GetProp(name string) (Value, error) {
	switch vtColumnProps.Lookup(name) {
	case 0:
		return String(c.Name), nil
	case 1:
		return String(c.Title), nil
	case 2:
		return IntValue(int64(c.Width)), nil
	case 3:
		return c.Types, nil
	}
	return nil, ErrPropNotFound(name)
}

// SetProp writes Имя, Заголовок and Ширина; ТипЗначения is read-only.
func (c *VTColumn) SetProp(name string, v Value) error {
	switch vtColumnProps.Lookup(name) {
	case 0:
		s, err := ArgString(v)
		if err != nil {
			return err
		}
		if !IsIdent(s) || (c.table != nil && c.table.cols.find(s) >= 0 && Fold(s) != Fold(c.Name)) {
			return ErrBadArgValue()
		}
		c.Name = s
	case 1:
		c.Title = v.String()
	case 2:
		w, err := ArgIndex(v)
		if err != nil {
			return err
		}
		c.Width = w
	case 3:
		return ErrReadOnly()
	default:
		return ErrPropNotFound(name)
	}
	return nil
}

func (*VTIndexes) TypeName() Name { return TVTIndexes }
func (*VTIndexes) String() string { return TVTIndexes.Ru }

// Methods of the index collection.
func (*VTIndexes) Methods() *MethodTable { return vtIndexesMethods }

var vtIndexesMethods = NewMethodTable([]MethodDef{
	def("Добавить", "Add", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		s, err := ArgString(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		ix := r.(*VTIndexes)
		ix.list = append(ix.list, s)
		return String(s), nil
	}),
	def("Количество", "Count", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		return IntValue(int64(len(r.(*VTIndexes).list))), nil
	}),
	proc("Очистить", "Clear", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		r.(*VTIndexes).list = nil
		return nil, nil
	}),
})

var (
	_ HasProps   = (*ValueTable)(nil)
	_ HasMethods = (*ValueTable)(nil)
	_ Indexable  = (*ValueTable)(nil)
	_ Iterable   = (*ValueTable)(nil)
	_ HasProps   = (*VTRow)(nil)
	_ Indexable  = (*VTRow)(nil)
	_ HasProps   = (*VTColumns)(nil)
	_ Iterable   = (*VTColumns)(nil)
	_ HasProps   = (*VTColumn)(nil)
)

func vt(v Value) *ValueTable { return v.(*ValueTable) }

// rowMatches reports whether r has, for every key of filter, an equal value.
func (t *ValueTable) filterCols(filter *Structure) ([]int, error) {
	ix := make([]int, filter.Len())
	for k, name := range filter.Keys() {
		i := t.cols.find(name)
		if i < 0 {
			return nil, ErrPropNotFound(name)
		}
		ix[k] = i
	}
	return ix, nil
}

func rowMatches(r *VTRow, ix []int, filter *Structure) bool {
	for k, i := range ix {
		if !Identical(r.cells[i], filter.vals[k]) {
			return false
		}
	}
	return true
}

// SortSpec is one key of Сортировать: a column and a direction.
type sortKey struct {
	col  int
	desc bool
}

func (t *ValueTable) parseSort(spec string) ([]sortKey, error) {
	var keys []sortKey
	for _, p := range strings.Split(spec, ",") {
		f := strings.Fields(p)
		if len(f) == 0 || len(f) > 2 {
			return nil, ErrBadArgValue()
		}
		i := t.cols.find(f[0])
		if i < 0 {
			return nil, ErrPropNotFound(f[0])
		}
		k := sortKey{col: i}
		if len(f) == 2 {
			switch Fold(f[1]) {
			case "убыв", "desc":
				k.desc = true
			case "возр", "asc":
			default:
				return nil, ErrBadArgValue()
			}
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// Sort orders the rows by "Кол1 Убыв, Кол2" (stable).
func (t *ValueTable) Sort(spec string) error {
	keys, err := t.parseSort(spec)
	if err != nil {
		return err
	}
	sort.SliceStable(t.Rows, func(a, b int) bool {
		for _, k := range keys {
			c := SortCompare(t.Rows[a].cells[k.col], t.Rows[b].cells[k.col])
			if c != 0 {
				return (c < 0) != k.desc
			}
		}
		return false
	})
	return nil
}

// Total is Итог: the sum of the column's numbers (other values are skipped).
func (t *ValueTable) Total(col int) Number {
	var s Number
	for _, r := range t.Rows {
		if n, ok := r.cells[col].(Number); ok {
			s = s.Add(n)
		}
	}
	return s
}

// Copy returns a table with the chosen columns (all when cols is nil) and
// rows (all when rows is nil).
func (t *ValueTable) Copy(rows []*VTRow, colIx []int) *ValueTable {
	c := NewValueTable()
	if colIx == nil {
		colIx, _ = t.colList("", true)
	}
	for _, i := range colIx {
		src := t.cols.list[i]
		c.AddColumn(src.Name, src.Types, src.Title, src.Width)
	}
	if rows == nil {
		rows = t.Rows
	}
	for _, r := range rows {
		nr := &VTRow{table: c, cells: make([]Value, len(colIx))}
		for k, i := range colIx {
			nr.cells[k] = r.cells[i]
		}
		c.Rows = append(c.Rows, nr)
	}
	return c
}

// GroupBy is Свернуть: rows with equal group columns merge into one whose
// sum columns hold the totals; other columns are dropped.
func (t *ValueTable) GroupBy(groupSpec, sumSpec string) error {
	g, err := t.colList(groupSpec, false)
	if err != nil {
		return err
	}
	s, err := t.colList(sumSpec, false)
	if err != nil {
		return err
	}
	type acc struct {
		key  []Value
		sums []Number
	}
	var groups []*acc
	index := map[string][]*acc{}
	for _, r := range t.Rows {
		key := make([]Value, len(g))
		var hk strings.Builder
		for k, i := range g {
			key[k] = r.cells[i]
			hk.WriteString(r.cells[i].TypeName().Ru)
			hk.WriteByte(0)
			hk.WriteString(r.cells[i].String())
			hk.WriteByte(0)
		}
		var a *acc
		for _, cand := range index[hk.String()] {
			same := true
			for k := range key {
				if !Identical(cand.key[k], key[k]) {
					same = false
					break
				}
			}
			if same {
				a = cand
				break
			}
		}
		if a == nil {
			a = &acc{key: key, sums: make([]Number, len(s))}
			groups = append(groups, a)
			index[hk.String()] = append(index[hk.String()], a)
		}
		for k, i := range s {
			if n, ok := r.cells[i].(Number); ok {
				a.sums[k] = a.sums[k].Add(n)
			}
		}
	}
	old := t.cols.list
	t.cols.list = nil
	for _, i := range append(append([]int(nil), g...), s...) {
		c := old[i]
		t.cols.list = append(t.cols.list, c)
	}
	for _, r := range t.Rows {
		r.table = nil
	}
	t.Rows = nil
	for _, a := range groups {
		r := &VTRow{table: t, cells: make([]Value, 0, len(g)+len(s))}
		r.cells = append(r.cells, a.key...)
		for _, n := range a.sums {
			r.cells = append(r.cells, n.Box())
		}
		t.Rows = append(t.Rows, r)
	}
	return nil
}

var valueTableMethods = NewMethodTable([]MethodDef{
	def("Добавить", "Add", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		return vt(r).AddRow(), nil
	}),
	def("Вставить", "Insert", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		i, err := ArgIndex(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		if i < 0 || i > len(t.Rows) {
			return nil, ErrIndex()
		}
		return t.insertRow(i), nil
	}),
	proc("Удалить", "Delete", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		i, err := t.rowArg(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		t.Rows[i].table = nil
		t.Rows = append(t.Rows[:i], t.Rows[i+1:]...)
		return nil, nil
	}),
	def("Количество", "Count", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		return IntValue(int64(len(vt(r).Rows))), nil
	}),
	proc("Очистить", "Clear", 0, 0, func(_ Env, r Value, _ []Value) (Value, error) {
		t := vt(r)
		for _, row := range t.Rows {
			row.table = nil
		}
		t.Rows = nil
		return nil, nil
	}),
	def("Получить", "Get", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		return vt(r).Index(Arg(args, 0, Undef))
	}),
	def("Индекс", "IndexOf", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		row, ok := Arg(args, 0, Undef).(*VTRow)
		if !ok {
			return nil, ErrBadArgType()
		}
		return IntValue(int64(vt(r).rowIndex(row))), nil
	}),
	def("Найти", "Find", 1, 2, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		spec := ""
		if v := Arg(args, 1, nil); v != nil {
			spec = v.String()
		}
		ix, err := t.colList(spec, true)
		if err != nil {
			return nil, err
		}
		v := Arg(args, 0, Undef)
		for _, row := range t.Rows {
			for _, i := range ix {
				if Identical(row.cells[i], v) {
					return row, nil
				}
			}
		}
		return Undef, nil
	}),
	def("НайтиСтроки", "FindRows", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		filter, ok := Arg(args, 0, Undef).(*Structure)
		if !ok {
			return nil, ErrBadArgType()
		}
		ix, err := t.filterCols(filter)
		if err != nil {
			return nil, err
		}
		res := &Array{}
		for _, row := range t.Rows {
			if rowMatches(row, ix, filter) {
				res.Items = append(res.Items, row)
			}
		}
		return res, nil
	}),
	proc("Сортировать", "Sort", 1, 2, func(_ Env, r Value, args []Value) (Value, error) {
		spec, err := ArgString(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		return nil, vt(r).Sort(spec)
	}),
	def("Итог", "Total", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		i, err := t.colArg(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		return t.Total(i).Box(), nil
	}),
	def("ВыгрузитьКолонку", "UnloadColumn", 1, 1, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		i, err := t.colArg(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		a := &Array{Items: make([]Value, len(t.Rows))}
		for k, row := range t.Rows {
			a.Items[k] = row.cells[i]
		}
		return a, nil
	}),
	proc("ЗагрузитьКолонку", "LoadColumn", 2, 2, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		a, ok := Arg(args, 0, Undef).(*Array)
		if !ok {
			return nil, ErrBadArgType()
		}
		i, err := t.colArg(Arg(args, 1, Undef))
		if err != nil {
			return nil, err
		}
		// Extra values are ignored; missing ones leave cells as they are.
		for k, row := range t.Rows {
			if k < len(a.Items) {
				row.cells[i] = t.cols.list[i].adjust(a.Items[k])
			}
		}
		return nil, nil
	}),
	proc("ЗаполнитьЗначения", "FillValues", 1, 2, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		spec := ""
		if v := Arg(args, 1, nil); v != nil {
			spec = v.String()
		}
		ix, err := t.colList(spec, true)
		if err != nil {
			return nil, err
		}
		v := Arg(args, 0, Undef)
		for _, row := range t.Rows {
			for _, i := range ix {
				row.cells[i] = t.cols.list[i].adjust(v)
			}
		}
		return nil, nil
	}),
	proc("Свернуть", "GroupBy", 1, 2, func(_ Env, r Value, args []Value) (Value, error) {
		g, err := ArgString(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		s := ""
		if v := Arg(args, 1, nil); v != nil {
			if s, err = ArgString(v); err != nil {
				return nil, err
			}
		}
		return nil, vt(r).GroupBy(g, s)
	}),
	def("Скопировать", "Copy", 0, 2, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		var rows []*VTRow
		switch x := Arg(args, 0, nil).(type) {
		case nil, Undefined:
		case *Array:
			rows = []*VTRow{}
			for _, v := range x.Items {
				row, ok := v.(*VTRow)
				if !ok || row.table != t {
					return nil, ErrBadArgValue()
				}
				rows = append(rows, row)
			}
		case *Structure:
			ix, err := t.filterCols(x)
			if err != nil {
				return nil, err
			}
			rows = []*VTRow{}
			for _, row := range t.Rows {
				if rowMatches(row, ix, x) {
					rows = append(rows, row)
				}
			}
		default:
			return nil, ErrBadArgType()
		}
		var colIx []int
		if v := Arg(args, 1, nil); v != nil {
			var err error
			if colIx, err = t.colList(v.String(), true); err != nil {
				return nil, err
			}
		}
		return t.Copy(rows, colIx), nil
	}),
	def("СкопироватьКолонки", "CopyColumns", 0, 1, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		var colIx []int
		if v := Arg(args, 0, nil); v != nil {
			var err error
			if colIx, err = t.colList(v.String(), true); err != nil {
				return nil, err
			}
		}
		return t.Copy([]*VTRow{}, colIx), nil
	}),
	proc("Сдвинуть", "Move", 2, 2, func(_ Env, r Value, args []Value) (Value, error) {
		t := vt(r)
		i, err := t.rowArg(Arg(args, 0, Undef))
		if err != nil {
			return nil, err
		}
		off, err := ArgIndex(Arg(args, 1, Undef))
		if err != nil {
			return nil, err
		}
		j := i + off
		if j < 0 || j >= len(t.Rows) {
			return nil, ErrIndex()
		}
		row := t.Rows[i]
		t.Rows = append(t.Rows[:i], t.Rows[i+1:]...)
		t.Rows = append(t.Rows, nil)
		copy(t.Rows[j+1:], t.Rows[j:])
		t.Rows[j] = row
		return nil, nil
	}),
})

// PropNames lists the row's columns.
func (r *VTRow) PropNames() []string {
	if r.table == nil {
		return nil
	}
	names := make([]string, len(r.table.cols.list))
	for i, c := range r.table.cols.list {
		names[i] = c.Name
	}
	return names
}
