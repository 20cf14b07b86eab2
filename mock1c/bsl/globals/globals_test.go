package globals

import (
	"strings"
	"testing"
)

func TestTable(t *testing.T) {
	idx := Index()
	if n := len(strings.Fields(namesRu)); n < 490 {
		t.Errorf("%d Russian names; the 8.3.27 syntax assistant lists 500 methods", n)
	}
	for name, want := range map[string]Where{
		"сообщить": Everywhere, "message": Everywhere, "стрнайти": Everywhere,
		"подключитьобработчикожидания": Client, "attachidlehandler": Client,
		"показатьвопрос": Client, "открытьформу": Client, "перейтипонавигационнойссылке": Client,
		"показатьоповещениепользователя":   Client,
		"установитьпривилегированныйрежим": ServerSide, "записьжурналарегистрации": ServerSide,
		"начатьтранзакцию": ServerSide, "committransaction": ServerSide,
	} {
		if got := idx[name]; got != want {
			t.Errorf("%s: %b, want %b", name, got, want)
		}
	}
	if _, ok := idx["несуществующийметод"]; ok {
		t.Error("unknown name found")
	}
	if ServerSide&ThinClient != 0 || Client&Server != 0 {
		t.Error("thin client is not server-side, the server is not a client")
	}
	// every restricted pair names methods of the syntax assistant's list
	all := " " + strings.ToLower(strings.Join(strings.Fields(namesRu+" "+namesEn), " ")) + " "
	for _, m := range restrictedMethods() {
		for _, n := range []string{m.Ru, m.En} {
			if !strings.Contains(all, " "+strings.ToLower(n)+" ") {
				t.Errorf("restricted %s is not in the syntax assistant's list", n)
			}
		}
	}
}
