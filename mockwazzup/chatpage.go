package mockwazzup

import (
	"bytes"
	"html/template"
	"net/http"
)

// The chat page stands in for Wazzup's chat window (app.wazzup24.com). It is
// plain HTML with stable hooks for browser tests:
//
//	#wz-chat-window  data-user-id, data-user-name, data-scope, data-role
//	#wz-user         the user's name
//	#wz-scope        "global" or "card"
//	#wz-chats        the list; data-count = number of chats
//	li.wz-chat       one chat: data-chat-type, data-chat-id, data-name,
//	                 data-active="true" for activeChat; inside .wz-chat-name,
//	                 .wz-chat-type, .wz-chat-id
//	#wz-empty        shown when there are no chats
//	#wz-error        the error page (401): data-reason = "missing", "unknown" or "expired"
const chatPageHTML = `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{{if .Error}}Wazzup: ошибка{{else}}Wazzup: чаты — {{.UserName}}{{end}}</title>
<style>
body { font-family: sans-serif; margin: 1em; }
.wz-chat { padding: .3em 0; border-bottom: 1px solid #ddd; list-style: none; }
.wz-chat[data-active="true"] { background: #e8f5e9; }
.wz-chat-type { color: #555; margin: 0 .5em; }
#wz-error { color: #b00020; }
</style>
</head>
<body>
{{if .Error}}
<div id="wz-error" data-reason="{{.Reason}}">
<h1>Ссылка на окно чатов недействительна</h1>
<p>{{.Error}}</p>
</div>
{{else}}
<div id="wz-chat-window" data-user-id="{{.UserID}}" data-user-name="{{.UserName}}" data-scope="{{.Scope}}" data-role="{{.Role}}">
<h1>Чаты Wazzup</h1>
<p>Пользователь: <span id="wz-user">{{.UserName}}</span> (<span id="wz-user-id">{{.UserID}}</span>)</p>
<p>Область: <span id="wz-scope">{{.Scope}}</span></p>
<ul id="wz-chats" data-count="{{len .Chats}}">
{{range .Chats}}<li class="wz-chat" data-chat-type="{{.ChatType}}" data-chat-id="{{.ChatID}}" data-name="{{.Name}}" data-active="{{.Active}}"{{with .ContactID}} data-contact-id="{{.}}"{{end}}><span class="wz-chat-name">{{.Name}}</span><span class="wz-chat-type">{{.ChatType}}</span><span class="wz-chat-id">{{.ChatID}}</span></li>
{{end}}</ul>
{{if not .Chats}}<p id="wz-empty">{{if eq .Scope "global"}}Нет чатов: пользователю не назначена роль или у него нет клиентов.{{else}}Нет чатов.{{end}}</p>{{end}}
</div>
{{end}}
</body>
</html>
`

type pageChat struct {
	chatView
	Active bool
}

type pageData struct {
	Error, Reason           string
	UserID, UserName, Scope string
	Role                    Role
	Chats                   []pageChat
}

// chatPage serves /app/chat?token=….
func (s *Server) chatPage(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	now := s.clock.Now()
	s.mu.Lock()
	sess := s.st.tokens[token]
	var d pageData
	switch {
	case token == "":
		d = pageData{Error: "В адресе нет токена (token).", Reason: "missing"}
	case sess == nil:
		d = pageData{Error: "Токен неизвестен.", Reason: "unknown"}
	case !now.Before(sess.Expires):
		d = pageData{Error: "Срок действия токена истёк: запросите новую ссылку (POST /v3/iframe).", Reason: "expired"}
	default:
		d = pageData{UserID: sess.UserID, UserName: sess.UserName, Scope: sess.Scope, Role: s.st.roles[sess.UserID]}
		var chats []chatView
		if sess.Scope == "card" {
			chats = s.st.filterChats(sess.Filter)
		} else {
			chats = s.st.chatsOf(sess.UserID)
		}
		for _, c := range chats {
			a := sess.ActiveChat
			active := a != nil && a.ChatType == c.ChatType && a.ChatID != "" && a.ChatID == c.ChatID
			d.Chats = append(d.Chats, pageChat{chatView: c, Active: active})
		}
	}
	s.mu.Unlock()
	var buf bytes.Buffer
	if err := s.page.Execute(&buf, d); err != nil {
		http.Error(w, "mockwazzup: chat page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	status := http.StatusOK
	if d.Error != "" {
		status = http.StatusUnauthorized
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// filterChats shows a card window's filter: each chat with its name from the
// filter, else from the contact that has the chat, else its chatId (Wazzup
// names a chat it creates by `name`, else by chatId).
func (st *state) filterChats(filter []Chat) []chatView {
	out := make([]chatView, 0, len(filter))
	for _, f := range filter {
		v := chatView{Chat: f, Name: f.Name, Via: "filter"}
		for _, c := range st.sortedContacts() {
			for _, ch := range c.ContactData {
				if ch.ChatType == f.ChatType && ch.ChatID != "" && ch.ChatID == f.ChatID {
					v.ContactID = c.ID
					if v.Name == "" {
						v.Name = c.Name
					}
				}
			}
		}
		if v.Name == "" {
			v.Name = f.ChatID
		}
		if v.Name == "" {
			v.Name = f.Username + f.Phone
		}
		out = append(out, v)
	}
	return out
}

func parseChatPage() (*template.Template, error) {
	return template.New("chat").Parse(chatPageHTML)
}
