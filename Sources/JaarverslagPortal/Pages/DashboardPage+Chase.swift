import JaarverslagKit

extension DashboardPage {
    /// Who still has to hand in: each open group with its people and e-mail addresses from the
    /// invitations, and a reminder to copy into an e-mail in one click. The portal sends no mail
    /// (it would need a mail server and its secrets), and says so.
    func chaseCard() -> HTML {
        var children: [HTML] = [el("h2", [("id", "herinneren")], t(Messages.chaseHeading))]
        guard !reminders.isEmpty else {
            children.append(el("p", [("class", "lead")], t(Messages.nobodyToChase)))
            return el("section", [("class", "card chase"), ("aria-labelledby", "herinneren")], children)
        }
        children.append(el("p", [], t(Messages.chaseLead(reminders.count))))
        children.append(
            el(
                "p", [("class", "hint"), ("id", "mail-state")],
                t(Messages.noMailSent)))
        let addresses = reminders.flatMap(\.people).compactMap(\.email).filter { !$0.isEmpty }
        var seen: Set<String> = []
        let unique = addresses.filter { seen.insert($0).inserted }
        if !unique.isEmpty {
            children.append(
                copyable(
                    id: "alle-adressen", label: t(Messages.allAddresses), text: unique.joined(separator: "; "), rows: 2,
                    button: t(Messages.copyAddresses)))
        }
        children.append(
            el(
                "details", [("class", "combined")],
                [
                    el("summary", [], t(Messages.oneMessage)),
                    copyable(
                        id: "herinnering-allen", label: t(Messages.subjectAndText),
                        text: Reminder.combined(reminders, reportTitle: manifest.title, coordinator: coordinator, language: language),
                        rows: 12, button: t(Messages.copyText)),
                ]))
        children.append(el("ul", [("class", "reminders")], reminders.map(reminderItem)))
        return el("section", [("class", "card chase"), ("aria-labelledby", "herinneren")], children)
    }

    private func reminderItem(_ reminder: Reminder) -> HTML {
        var people: [HTML] = []
        for person in reminder.people {
            var line: [HTML] = [.text(person.name ?? t(Messages.noName))]
            if let email = person.email, !email.isEmpty {
                line.append(.text(" · "))
                line.append(el("a", [("href", "mailto:\(email)")], email))
            }
            if !person.canSignIn { line.append(el("span", [("class", "badge error")], t(Messages.linkExpired))) }
            people.append(el("li", [], line))
        }
        if people.isEmpty {
            people.append(
                el(
                    "li", [("class", "hint")],
                    codeSpans(t(Messages.nobodyInvited(group: reminder.group, year: status.year, address: address)))))
        }
        var item: [HTML] = [
            el(
                "h3", [],
                [
                    el("a", [("href", "/\(status.year)/\(reminder.group)")], reminder.title), .text(" "),
                    el("span", [("class", "badge \(reminder.state.rawValue)")], t(reminder.state.label)),
                ]),
            el("ul", [("class", "people")], people),
        ]
        // A letter only where there is somebody to send it to; otherwise the hint says how to
        // invite someone first.
        if !reminder.people.isEmpty {
            item.append(
                copyable(
                    id: "herinnering-\(reminder.group)", label: t(Messages.reminderFor(reminder.title)),
                    text: t(reminder.subject) + "\n\n" + t(reminder.text), rows: 9, button: t(Messages.copyReminder)))
        }
        return el("li", [("data-group", reminder.group)], item)
    }

    /// A text to copy: a text area (editable, so the coordinator can add a date) and a button
    /// that copies what is in it. Without script the text can be selected and copied by hand.
    private func copyable(id: String, label: String, text: String, rows: Int, button: String) -> HTML {
        el(
            "div", [("class", "copyable")],
            [
                el("label", [("for", id), ("class", "visually-hidden")], label),
                el("textarea", [("id", id), ("rows", String(rows)), ("spellcheck", "false")], text),
                el(
                    "button", [("type", "button"), ("class", "secondary copy needs-script"), ("data-copy", id), ("hidden", "")],
                    button),
            ])
    }
}
