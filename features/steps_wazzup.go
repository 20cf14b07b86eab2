package features

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"

	"github.com/cucumber/godog"

	"wazzup-unf/mockwazzup"
)

// WazzupWorld is the scenario's fake Wazzup and what the last steps saw.
type WazzupWorld struct {
	Server *mockwazzup.Server
	key    string
	client *http.Client
	check  *mockwazzup.ResponseChecker
	faults bool // a fault step ran: answers may be outside the contract on purpose

	last    *wazzupReply     // the last answer to "я отправляю в Wazzup …"
	lastErr error            // the transport error of the last request (dropped connection)
	chatURL string           // the last chat window URL
	page    *wazzupReply     // the last chat page opened
	http    *httptest.Server // a real listener, started for the browser
}

type wazzupReply struct {
	status int
	body   []byte
}

// roleNames are the roles as Wazzup's Russian UI names them.
func roleNames() map[string]mockwazzup.Role {
	return map[string]mockwazzup.Role{
		"менеджер":          mockwazzup.RoleSeller,
		"руководитель":      mockwazzup.RoleManager,
		"контроль качества": mockwazzup.RoleQuality,
		"без роли":          mockwazzup.RoleNone,
	}
}

// wz returns the started fake or an error telling how to start it.
func (w *World) wz() (*WazzupWorld, error) {
	if w.Wazzup == nil {
		return nil, errors.New(`Wazzup is not started: begin with «Дано Wazzup запущен с ключом API "…"»`)
	}
	return w.Wazzup, nil
}

func (w *World) startWazzup(apiKey, sidecar string) error {
	opts := mockwazzup.Options{Clock: w.Clock, APIKeys: []string{apiKey}}
	if sidecar != "" {
		opts.SidecarKeys = []string{sidecar}
	}
	s, err := mockwazzup.New(opts)
	if err != nil {
		return err
	}
	check, err := mockwazzup.NewResponseChecker()
	if err != nil {
		return err
	}
	w.Wazzup = &WazzupWorld{Server: s, key: apiKey, client: s.Client(), check: check}
	return nil
}

// send makes one request as the extension would and checks the answer
// against the contract (unless a fault step made that pointless).
func (z *WazzupWorld) send(route, key, body string) error {
	method, path, ok := strings.Cut(strings.TrimSpace(route), " ")
	if !ok {
		return fmt.Errorf(`request %q: want "METHOD /path", e.g. "GET /v3/channels"`, route)
	}
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(strings.ToUpper(method), "http://api.wazzup.test"+strings.TrimSpace(path), rd)
	if err != nil {
		return err
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	z.last, z.lastErr = nil, nil
	res, err := z.client.Do(req)
	if err != nil {
		z.lastErr = err
		return nil
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	z.last = &wazzupReply{status: res.StatusCode, body: b}
	if !z.faults {
		if err := z.check.Check(req, res.StatusCode, res.Header, b); err != nil {
			return fmt.Errorf("the fake broke the contract: %w", err)
		}
	}
	return nil
}

func (z *WazzupWorld) reply() (*wazzupReply, error) {
	if z.lastErr != nil {
		return nil, fmt.Errorf("the last request got no answer: %v", z.lastErr)
	}
	if z.last == nil {
		return nil, errors.New("no request was sent yet")
	}
	return z.last, nil
}

// errorCode reads either error shape: {error: "CODE"} or {error: {code}}.
func errorCode(body []byte) string {
	var m map[string]any
	if json.Unmarshal(body, &m) != nil {
		return ""
	}
	switch e := m["error"].(type) {
	case string:
		return e
	case map[string]any:
		c, _ := e["code"].(string)
		return c
	}
	return ""
}

var pageChat = regexp.MustCompile(`<li class="wz-chat" data-chat-type="([^"]*)" data-chat-id="([^"]*)" data-name="([^"]*)"`)

func wazzupSteps(r *Registry, w *World) {
	const (
		gSetup  = "Wazzup: подготовка"
		gSend   = "Wazzup: запросы"
		gCheck  = "Wazzup: проверки"
		gChat   = "Wazzup: окно чатов"
		gFaults = "Wazzup: сбои"
	)

	// ---- setup ----
	r.Step(gSetup, "Wazzup запущен с ключом API {стр}",
		"Запускает фальшивый Wazzup на часах сценария. Принимает только этот ключ API (интеграция с CRM «API»).",
		func(key string) error { return w.startWazzup(key, "") })
	r.Step(gSetup, "Wazzup запущен с ключом API {стр} и ключом sidecar {стр}",
		"То же, плюс ключ sidecar: с ним работает только GET /v3/channels, остальное — 403 FORBIDDEN.",
		func(key, sidecar string) error { return w.startWazzup(key, sidecar) })
	r.Step(gSetup, "в Wazzup есть пользователи:",
		"Загружает пользователей напрямую, без запросов. Колонки: 'Идентификатор', 'Имя', 'Телефон' (необязательна).",
		func(t *godog.Table) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rows, err := tableRows(t, "Идентификатор", "Имя", "Телефон")
			if err != nil {
				return err
			}
			var users []mockwazzup.User
			for _, row := range rows {
				users = append(users, mockwazzup.User{ID: row["Идентификатор"], Name: row["Имя"], Phone: row["Телефон"]})
			}
			z.Server.Seed(users, nil, nil)
			return nil
		})
	r.Step(gSetup, "в Wazzup есть контакты:",
		"Загружает контакты напрямую. Колонки: 'Идентификатор', 'Имя', 'Ответственный', 'Тип чата', 'Идентификатор чата'. Несколько строк с одним идентификатором — несколько чатов контакта.",
		func(t *godog.Table) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rows, err := tableRows(t, "Идентификатор", "Имя", "Ответственный", "Тип чата", "Идентификатор чата")
			if err != nil {
				return err
			}
			var order []string
			byID := map[string]*mockwazzup.Contact{}
			for _, row := range rows {
				id := row["Идентификатор"]
				c := byID[id]
				if c == nil {
					c = &mockwazzup.Contact{ID: id, Name: row["Имя"], ResponsibleUserID: row["Ответственный"]}
					byID[id] = c
					order = append(order, id)
				}
				c.ContactData = append(c.ContactData, mockwazzup.Chat{ChatType: row["Тип чата"], ChatID: row["Идентификатор чата"]})
			}
			var contacts []mockwazzup.Contact
			for _, id := range order {
				contacts = append(contacts, *byID[id])
			}
			z.Server.Seed(nil, contacts, nil)
			return nil
		})
	r.Step(gSetup, "в Wazzup есть сделки:",
		"Загружает сделки напрямую. Колонки: 'Идентификатор', 'Имя', 'Ответственный', 'Контакты' (идентификаторы через запятую), 'Ссылка', 'Закрыта' ('Да'/'Нет').",
		func(t *godog.Table) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rows, err := tableRows(t, "Идентификатор", "Имя", "Ответственный", "Контакты", "Ссылка", "Закрыта")
			if err != nil {
				return err
			}
			var deals []mockwazzup.Deal
			for _, row := range rows {
				closed, err := yesNo(row["Закрыта"])
				if err != nil {
					return err
				}
				deals = append(deals, mockwazzup.Deal{ID: row["Идентификатор"], Name: row["Имя"], ResponsibleUserID: row["Ответственный"],
					Contacts: splitList(row["Контакты"]), URI: row["Ссылка"], Closed: closed})
			}
			z.Server.Seed(nil, nil, deals)
			return nil
		})
	r.Step(gSetup, "в Wazzup пользователю {стр} назначена роль {стр}",
		"Роль в настройках интеграции Wazzup: 'Менеджер', 'Руководитель', 'Контроль качества' или 'Без роли'. Без роли пользователь не видит чатов, его счётчик всегда 0.",
		func(user, role string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rl, ok := roleNames()[strings.ToLower(role)]
			if !ok {
				return fmt.Errorf("unknown role %q: want Менеджер, Руководитель, Контроль качества or Без роли", role)
			}
			return z.Server.SetRole(user, rl)
		})
	r.Step(gSetup, "в Wazzup у пользователя {стр} {число} [неотвеченное|неотвеченных]",
		"Задаёт счётчик неотвеченных пользователя (красный: он ответственный) на текущий момент часов сценария. 0 — сбросить.",
		func(user string, n int) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			return z.Server.SetUnanswered(user, n, true)
		})
	r.Step(gSetup, "клиент пишет в Wazzup в чат {стр} {стр}",
		"Входящее сообщение клиента в чат (тип чата, идентификатор чата): ответственному за контакт +1 красный, руководителям +1 серый.",
		func(chatType, chatID string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			_, err = z.Server.Incoming(chatType, chatID)
			return err
		})

	// ---- requests ----
	r.Step(gSend, "я отправляю в Wazzup запрос {стр}",
		`Отправляет запрос "МЕТОД /путь" с ключом сценария, как это делает расширение. Ответ проверяется по контракту openapi/wazzup-v3.yaml.`,
		func(route string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			return z.send(route, z.key, "")
		})
	r.Step(gSend, "я отправляю в Wazzup запрос {стр} с телом:",
		"То же, с телом JSON из многострочного параметра (\"\"\" … \"\"\").",
		func(route string, body *godog.DocString) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			return z.send(route, z.key, body.Content)
		})
	r.Step(gSend, "я отправляю в Wazzup запрос {стр} с ключом {стр}",
		"Отправляет запрос с другим ключом; пустой ключ '' — без заголовка Authorization.",
		func(route, key string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			return z.send(route, key, "")
		})
	r.Step(gSend, "я отправляю в Wazzup {число} [запрос|запроса|запросов] {стр}",
		"Отправляет один и тот же запрос N раз подряд (для лимита запросов); запоминается последний ответ.",
		func(n int, route string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			for range n {
				if err := z.send(route, z.key, ""); err != nil {
					return err
				}
			}
			return nil
		})
	r.Step(gSend, "я выгружаю в Wazzup {число} [контакт|контакта|контактов] пользователя {стр}",
		"Отправляет POST /v3/contacts с N контактами (идентификаторы c0001…, WhatsApp 7900000NNNN), ответственный — этот пользователь.",
		func(n int, user string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			items := make([]mockwazzup.Contact, n)
			for i := range items {
				items[i] = mockwazzup.Contact{ID: fmt.Sprintf("c%04d", i+1), Name: fmt.Sprintf("Клиент %d", i+1), ResponsibleUserID: user,
					ContactData: []mockwazzup.Chat{{ChatType: "whatsapp", ChatID: fmt.Sprintf("7900%07d", i+1)}}}
			}
			b, err := json.Marshal(items)
			if err != nil {
				return err
			}
			return z.send("POST /v3/contacts", z.key, string(b))
		})

	// ---- checks ----
	r.Step(gCheck, "Wazzup ответил кодом {число}",
		"Проверяет HTTP-код последнего ответа.",
		func(code int) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rep, err := z.reply()
			if err != nil {
				return err
			}
			if rep.status != code {
				return fmt.Errorf("Wazzup answered %d %s, want %d", rep.status, rep.body, code)
			}
			return nil
		})
	r.Step(gCheck, "Wazzup ответил ошибкой {стр}",
		"Проверяет код ошибки в теле ответа: {\"error\":\"КОД\"} или, у окна чатов, {\"error\":{\"code\":\"КОД\"}}.",
		func(code string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rep, err := z.reply()
			if err != nil {
				return err
			}
			if got := errorCode(rep.body); got != code {
				return fmt.Errorf("error code %q (answer %d %s), want %q", got, rep.status, rep.body, code)
			}
			return nil
		})
	r.Step(gCheck, "Wazzup указал ошибку в элементе {число} в поле {стр}",
		"Проверяет data ответа INVALID_*_DATA: элемент массива запроса с номером N (с нуля) и поле (путь через точку: 'contactData.0.chatId').",
		func(index int, field string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rep, err := z.reply()
			if err != nil {
				return err
			}
			var body struct {
				Data []struct {
					Index  int      `json:"index"`
					Fields []string `json:"fields"`
				} `json:"data"`
			}
			if err := json.Unmarshal(rep.body, &body); err != nil {
				return fmt.Errorf("answer %s has no data list: %v", rep.body, err)
			}
			for _, d := range body.Data {
				if d.Index == index && slices.Contains(d.Fields, field) {
					return nil
				}
			}
			return fmt.Errorf("answer %s does not name item %d field %q", rep.body, index, field)
		})
	r.Step(gCheck, "ответ Wazzup содержит {стр}",
		"Проверяет, что тело последнего ответа содержит подстроку.",
		func(sub string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rep, err := z.reply()
			if err != nil {
				return err
			}
			if !strings.Contains(string(rep.body), sub) {
				return fmt.Errorf("answer %d %s lacks %q", rep.status, rep.body, sub)
			}
			return nil
		})
	r.Step(gCheck, "Wazzup оборвал соединение",
		"Проверяет, что на последний запрос ответа не было (соединение закрыто).",
		func() error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			if z.lastErr == nil {
				return fmt.Errorf("the last request was answered: %+v", z.last)
			}
			return nil
		})
	r.Step(gCheck, "в Wazzup выгружены контакты:",
		"Проверяет, что у Wazzup есть такие контакты (подмножество, порядок любой). Колонки как у «в Wazzup есть контакты:»; пустая ячейка не проверяется.",
		func(t *godog.Table) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rows, err := tableRows(t, "Идентификатор", "Имя", "Ответственный", "Тип чата", "Идентификатор чата")
			if err != nil {
				return err
			}
			st := z.Server.State()
			for _, row := range rows {
				if !slices.ContainsFunc(st.Contacts, func(c mockwazzup.Contact) bool {
					if !cellMatches(row["Идентификатор"], c.ID) || !cellMatches(row["Имя"], c.Name) || !cellMatches(row["Ответственный"], c.ResponsibleUserID) {
						return false
					}
					return slices.ContainsFunc(c.ContactData, func(ch mockwazzup.Chat) bool {
						return cellMatches(row["Тип чата"], ch.ChatType) && cellMatches(row["Идентификатор чата"], ch.ChatID)
					})
				}) {
					return fmt.Errorf("no contact like %v; Wazzup holds %+v", row, st.Contacts)
				}
			}
			return nil
		})
	r.Step(gCheck, "в Wazzup выгружены пользователи:",
		"Проверяет, что у Wazzup есть такие пользователи (подмножество). Колонки: 'Идентификатор', 'Имя', 'Телефон'.",
		func(t *godog.Table) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rows, err := tableRows(t, "Идентификатор", "Имя", "Телефон")
			if err != nil {
				return err
			}
			st := z.Server.State()
			for _, row := range rows {
				if !slices.ContainsFunc(st.Users, func(u mockwazzup.User) bool {
					return cellMatches(row["Идентификатор"], u.ID) && cellMatches(row["Имя"], u.Name) && cellMatches(row["Телефон"], u.Phone)
				}) {
					return fmt.Errorf("no user like %v; Wazzup holds %+v", row, st.Users)
				}
			}
			return nil
		})
	r.Step(gCheck, "в Wazzup выгружены сделки:",
		"Проверяет, что у Wazzup есть такие сделки (подмножество). Колонки как у «в Wazzup есть сделки:»; 'Контакты' сравниваются как список целиком.",
		func(t *godog.Table) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			rows, err := tableRows(t, "Идентификатор", "Имя", "Ответственный", "Контакты", "Ссылка", "Закрыта")
			if err != nil {
				return err
			}
			st := z.Server.State()
			for _, row := range rows {
				closed, err := yesNo(row["Закрыта"])
				if err != nil {
					return err
				}
				if !slices.ContainsFunc(st.Deals, func(d mockwazzup.Deal) bool {
					return cellMatches(row["Идентификатор"], d.ID) && cellMatches(row["Имя"], d.Name) &&
						cellMatches(row["Ответственный"], d.ResponsibleUserID) && cellMatches(row["Ссылка"], d.URI) &&
						(row["Контакты"] == "" || slices.Equal(splitList(row["Контакты"]), d.Contacts)) &&
						(row["Закрыта"] == "" || closed == d.Closed)
				}) {
					return fmt.Errorf("no deal like %v; Wazzup holds %+v", row, st.Deals)
				}
			}
			return nil
		})
	r.Step(gCheck, "в Wazzup (пользователей|контактов|сделок) {число}",
		"Проверяет, сколько пользователей, контактов или сделок хранит Wazzup.",
		func(what string, n int) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			st := z.Server.State()
			got := map[string]int{"пользователей": len(st.Users), "контактов": len(st.Contacts), "сделок": len(st.Deals)}[strings.ToLower(what)]
			if got != n {
				return fmt.Errorf("Wazzup holds %d %s, want %d", got, what, n)
			}
			return nil
		})
	r.Step(gCheck, "в Wazzup поступило {число} [запрос|запроса|запросов] {стр}",
		`Считает полученные Wazzup запросы по маршруту контракта ("POST /v3/contacts", "GET /v3/unanswered/{userId}") или по точному пути ("GET /v3/users/u1").`,
		func(n int, route string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			got := 0
			for _, e := range z.Server.Journal() {
				if strings.EqualFold(e.Route, route) || strings.EqualFold(e.Method+" "+e.Path, route) {
					got++
				}
			}
			if got != n {
				return fmt.Errorf("Wazzup got %d request(s) %s, want %d", got, route, n)
			}
			return nil
		})
	r.Step(gCheck, "счётчик неотвеченных пользователя {стр} в Wazzup равен {число}",
		"Запрашивает GET /v3/unanswered/{userId} и сравнивает counterV2.",
		func(user string, n int) error {
			c, err := w.counter(user)
			if err != nil {
				return err
			}
			if c.CounterV2 != n {
				return fmt.Errorf("counterV2 = %d, want %d", c.CounterV2, n)
			}
			return nil
		})
	r.Step(gCheck, "счётчик неотвеченных пользователя {стр} в Wazzup (красный|серый|пустой)",
		"Запрашивает GET /v3/unanswered/{userId} и сравнивает type: red, grey или null.",
		func(user, colour string) error {
			c, err := w.counter(user)
			if err != nil {
				return err
			}
			want := map[string]string{"красный": "red", "серый": "grey", "пустой": ""}[strings.ToLower(colour)]
			got := ""
			if c.Type != nil {
				got = *c.Type
			}
			if got != want {
				return fmt.Errorf("type = %q, want %q (%s)", got, want, colour)
			}
			return nil
		})

	// ---- chat window ----
	r.Step(gChat, "я запрашиваю в Wazzup окно чатов пользователя {стр} {стр}",
		"POST /v3/iframe, scope global, для пользователя (идентификатор, имя). Ссылка запоминается.",
		func(id, name string) error {
			body, _ := json.Marshal(map[string]any{"user": map[string]string{"id": id, "name": name}, "scope": "global"})
			return w.iframe(string(body))
		})
	r.Step(gChat, "я запрашиваю в Wazzup окно чатов карточки для пользователя {стр} {стр} с чатами:",
		"POST /v3/iframe, scope card, filter из таблицы: 'Тип чата', 'Идентификатор чата', 'Имя' (необязательна).",
		func(id, name string, t *godog.Table) error {
			rows, err := tableRows(t, "Тип чата", "Идентификатор чата", "Имя")
			if err != nil {
				return err
			}
			var filter []map[string]string
			for _, row := range rows {
				f := map[string]string{"chatType": row["Тип чата"], "chatId": row["Идентификатор чата"]}
				if row["Имя"] != "" {
					f["name"] = row["Имя"]
				}
				filter = append(filter, f)
			}
			body, _ := json.Marshal(map[string]any{"user": map[string]string{"id": id, "name": name}, "scope": "card", "filter": filter})
			return w.iframe(string(body))
		})
	r.Step(gChat, "я открываю окно чатов Wazzup",
		"Открывает последнюю полученную ссылку на окно чатов (как HTML-поле формы 1С).",
		func() error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			if z.chatURL == "" {
				return errors.New("no chat window URL yet: request one with «я запрашиваю в Wazzup окно чатов …»")
			}
			res, err := z.client.Get(z.chatURL)
			if err != nil {
				return err
			}
			defer res.Body.Close()
			b, err := io.ReadAll(res.Body)
			if err != nil {
				return err
			}
			z.page = &wazzupReply{status: res.StatusCode, body: b}
			return nil
		})
	r.Step(gChat, "окно чатов Wazzup показывает чаты:",
		"Проверяет список чатов в открытом окне: ровно эти строки в этом порядке. Колонки: 'Имя', 'Тип чата', 'Идентификатор чата'.",
		func(t *godog.Table) error {
			chats, err := w.pageChats()
			if err != nil {
				return err
			}
			rows, err := tableRows(t, "Имя", "Тип чата", "Идентификатор чата")
			if err != nil {
				return err
			}
			var want [][3]string
			for _, row := range rows {
				want = append(want, [3]string{row["Имя"], row["Тип чата"], row["Идентификатор чата"]})
			}
			if !slices.Equal(chats, want) {
				return fmt.Errorf("the window shows %v, want %v", chats, want)
			}
			return nil
		})
	r.Step(gChat, "окно чатов Wazzup пустое",
		"Проверяет, что в открытом окне нет ни одного чата.",
		func() error {
			chats, err := w.pageChats()
			if err != nil {
				return err
			}
			if len(chats) != 0 {
				return fmt.Errorf("the window shows %v", chats)
			}
			return nil
		})
	r.Step(gChat, "окно чатов Wazzup сообщает, что ссылка (просрочена|неизвестна)",
		"Проверяет страницу ошибки (HTTP 401) окна чатов: токен просрочен или неизвестен.",
		func(why string) error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			if z.page == nil {
				return errors.New("the chat window was not opened")
			}
			reason := map[string]string{"просрочена": "expired", "неизвестна": "unknown"}[strings.ToLower(why)]
			if z.page.status != http.StatusUnauthorized || !strings.Contains(string(z.page.body), `data-reason="`+reason+`"`) {
				return fmt.Errorf("the window answered %d, want 401 with reason %s:\n%s", z.page.status, reason, z.page.body)
			}
			return nil
		})

	// ---- faults ----
	fault := func(f mockwazzup.Fault) error {
		z, err := w.wz()
		if err != nil {
			return err
		}
		z.faults = true
		return z.Server.InjectFault(f)
	}
	r.Step(gFaults, "Wazzup отвечает на {стр} кодом {число}",
		`Пока сбой не снят, на маршрут ("POST /v3/contacts", "*" — на все) Wazzup отвечает этим кодом.`,
		func(route string, code int) error { return fault(mockwazzup.Fault{Route: route, Status: code}) })
	r.Step(gFaults, "Wazzup отвечает на {стр} кодом {число} {число} [раз|раза]",
		"То же, только на N ближайших запросов этого маршрута.",
		func(route string, code, n int) error {
			if n <= 0 {
				return fmt.Errorf("times must be positive, got %d", n)
			}
			return fault(mockwazzup.Fault{Route: route, Status: code, Times: n})
		})
	r.Step(gFaults, "Wazzup обрывает соединение на {стр}",
		"Пока сбой не снят, на маршрут Wazzup закрывает соединение без ответа.",
		func(route string) error { return fault(mockwazzup.Fault{Route: route, Drop: true}) })
	r.Step(gFaults, "Wazzup недоступен",
		"Wazzup обрывает соединение на всех маршрутах.",
		func() error { return fault(mockwazzup.Fault{Route: "*", Drop: true}) })
	r.Step(gFaults, "Wazzup снова доступен",
		"Снимает все сбои.",
		func() error {
			z, err := w.wz()
			if err != nil {
				return err
			}
			z.Server.ClearFaults()
			return nil
		})
}

// yesNo reads 'Да'/'Нет' (empty is Нет).
func yesNo(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "да", "истина":
		return true, nil
	case "нет", "ложь", "":
		return false, nil
	}
	return false, fmt.Errorf("%q: want Да or Нет", s)
}

// splitList splits "c1, c2" into ids; empty gives an empty list.
func splitList(s string) []string {
	out := []string{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// cellMatches treats an empty cell as "any value".
func cellMatches(cell, value string) bool { return cell == "" || cell == value }

type counterBody struct {
	CounterV2 int     `json:"counterV2"`
	Type      *string `json:"type"`
}

func (w *World) counter(user string) (*counterBody, error) {
	z, err := w.wz()
	if err != nil {
		return nil, err
	}
	if err := z.send("GET /v3/unanswered/"+user, z.key, ""); err != nil {
		return nil, err
	}
	rep, err := z.reply()
	if err != nil {
		return nil, err
	}
	if rep.status != http.StatusOK {
		return nil, fmt.Errorf("GET /v3/unanswered/%s answered %d %s", user, rep.status, rep.body)
	}
	var c counterBody
	if err := json.Unmarshal(rep.body, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

func (w *World) iframe(body string) error {
	z, err := w.wz()
	if err != nil {
		return err
	}
	if err := z.send("POST /v3/iframe", z.key, body); err != nil {
		return err
	}
	rep, err := z.reply()
	if err != nil {
		return err
	}
	if rep.status != http.StatusOK {
		return fmt.Errorf("POST /v3/iframe answered %d %s", rep.status, rep.body)
	}
	var out struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(rep.body, &out); err != nil {
		return err
	}
	z.chatURL = out.URL
	return nil
}

// pageChats reads (name, chatType, chatId) of every chat in the open window.
func (w *World) pageChats() ([][3]string, error) {
	z, err := w.wz()
	if err != nil {
		return nil, err
	}
	if z.page == nil {
		return nil, errors.New("the chat window was not opened: «я открываю окно чатов Wazzup»")
	}
	if z.page.status != http.StatusOK {
		return nil, fmt.Errorf("the chat window answered %d", z.page.status)
	}
	var out [][3]string
	for _, m := range pageChat.FindAllStringSubmatch(string(z.page.body), -1) {
		out = append(out, [3]string{html.UnescapeString(m[3]), html.UnescapeString(m[1]), html.UnescapeString(m[2])})
	}
	return out, nil
}
