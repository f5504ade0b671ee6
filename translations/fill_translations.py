#!/usr/bin/env python3
"""Writes the client's translations into the .ts files (after `cmake --build build --target
helpdesk_client_ui_lupdate` has collected the strings). Kept as data here so a translator can review
them in one place; Qt Linguist works on the .ts files as usual."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SHORTCUTS = {
    "en": None,
    "de": [("next / previous ticket", "nächstes / vorheriges Ticket"), ("reply", "antworten"), ("internal note", "interne Notiz"),
           ("send", "senden"), ("take the ticket", "Ticket übernehmen"), ("close the ticket", "Ticket schließen"),
           ("search", "suchen"), ("this list", "diese Liste")],
    "fr": [("next / previous ticket", "ticket suivant / précédent"), ("reply", "répondre"), ("internal note", "note interne"),
           ("send", "envoyer"), ("take the ticket", "prendre le ticket"), ("close the ticket", "fermer le ticket"),
           ("search", "rechercher"), ("this list", "cette liste")],
    "it": [("next / previous ticket", "ticket successivo / precedente"), ("reply", "rispondi"), ("internal note", "nota interna"),
           ("send", "invia"), ("take the ticket", "prendi il ticket"), ("close the ticket", "chiudi il ticket"),
           ("search", "cerca"), ("this list", "questo elenco")],
    "pl": [("next / previous ticket", "następne / poprzednie zgłoszenie"), ("reply", "odpowiedz"), ("internal note", "notatka wewnętrzna"),
           ("send", "wyślij"), ("take the ticket", "przejmij zgłoszenie"), ("close the ticket", "zamknij zgłoszenie"),
           ("search", "szukaj"), ("this list", "ta lista")],
    "ru": [("next / previous ticket", "следующая / предыдущая заявка"), ("reply", "ответить"), ("internal note", "внутренняя заметка"),
           ("send", "отправить"), ("take the ticket", "взять заявку"), ("close the ticket", "закрыть заявку"),
           ("search", "поиск"), ("this list", "этот список")],
}

# source: (de, fr, it, pl, ru); plurals are lists (de/fr/it: one, many; pl/ru: one, few, many).
T = {
    "%1 on %2": ("%1 auf %2", "%1 sur %2", "%1 su %2", "%1 na %2", "%1 на %2"),
    "%n change(s) waiting to be sent": (
        ["%n Änderung wartet auf das Senden", "%n Änderungen warten auf das Senden"],
        ["%n modification en attente d'envoi", "%n modifications en attente d'envoi"],
        ["%n modifica in attesa di invio", "%n modifiche in attesa di invio"],
        ["%n zmiana czeka na wysłanie", "%n zmiany czekają na wysłanie", "%n zmian czeka na wysłanie"],
        ["%n изменение ждёт отправки", "%n изменения ждут отправки", "%n изменений ждут отправки"]),
    "&Account": ("&Konto", "&Compte", "&Account", "&Konto", "&Учётная запись"),
    "&Help": ("&Hilfe", "&Aide", "&Aiuto", "&Pomoc", "&Справка"),
    "&Keyboard shortcuts": ("&Tastenkürzel", "&Raccourcis clavier", "&Scorciatoie da tastiera", "&Skróty klawiszowe", "&Сочетания клавиш"),
    "&Quit": ("&Beenden", "&Quitter", "&Esci", "&Zakończ", "&Выход"),
    "&Take": ("Über&nehmen", "&Prendre", "&Prendi", "&Przejmij", "&Взять"),
    "(nobody)": ("(niemand)", "(personne)", "(nessuno)", "(nikt)", "(никто)"),
    "A change of yours waits to be sent.": ("Eine Ihrer Änderungen wartet auf das Senden.", "Une de vos modifications attend d'être envoyée.",
                                            "Una tua modifica è in attesa di invio.", "Twoja zmiana czeka na wysłanie.",
                                            "Ваше изменение ждёт отправки."),
    "All tickets": ("Alle Tickets", "Tous les tickets", "Tutti i ticket", "Wszystkie zgłoszenia", "Все заявки"),
    "Assign %n ticket(s) to": (["%n Ticket zuweisen an", "%n Tickets zuweisen an"], ["Attribuer %n ticket à", "Attribuer %n tickets à"],
                               ["Assegna %n ticket a", "Assegna %n ticket a"],
                               ["Przypisz %n zgłoszenie do", "Przypisz %n zgłoszenia do", "Przypisz %n zgłoszeń do"],
                               ["Назначить %n заявку", "Назначить %n заявки", "Назначить %n заявок"]),
    "Attachment not saved: %1": ("Anhang nicht gespeichert: %1", "Pièce jointe non enregistrée : %1", "Allegato non salvato: %1",
                                 "Nie zapisano załącznika: %1", "Вложение не сохранено: %1"),
    "Become the owner (Ctrl+T)": ("Zuständig werden (Strg+T)", "Devenir responsable (Ctrl+T)", "Diventa il responsabile (Ctrl+T)",
                                  "Zostań właścicielem (Ctrl+T)", "Стать ответственным (Ctrl+T)"),
    "Cannot open the local cache %1: %2": ("Der lokale Zwischenspeicher %1 lässt sich nicht öffnen: %2",
                                           "Impossible d'ouvrir le cache local %1 : %2", "Impossibile aprire la cache locale %1: %2",
                                           "Nie można otworzyć lokalnej pamięci podręcznej %1: %2", "Не удаётся открыть локальный кэш %1: %2"),
    "Cannot write %1: %2": ("%1 kann nicht geschrieben werden: %2", "Impossible d'écrire %1 : %2", "Impossibile scrivere %1: %2",
                            "Nie można zapisać %1: %2", "Не удаётся записать %1: %2"),
    "Change %1 of #%2": ("%1 von #%2 ändern", "Modifier %1 de #%2", "Modifica %1 di #%2", "Zmiana %1 w #%2", "Изменение %1 в #%2"),
    "Customer": ("Kunde", "Client", "Cliente", "Klient", "Клиент"),
    "Customer reply on #%1": ("Kundenantwort zu #%1", "Réponse du client sur #%1", "Risposta del cliente su #%1",
                              "Odpowiedź klienta w #%1", "Ответ клиента в #%1"),
    "E-mail": ("E-Mail", "E-mail", "E-mail", "E-mail", "Эл. почта"),
    "Enter the server's address, your e-mail and your password.": (
        "Geben Sie die Serveradresse, Ihre E-Mail-Adresse und Ihr Passwort ein.",
        "Saisissez l'adresse du serveur, votre e-mail et votre mot de passe.",
        "Inserisci l'indirizzo del server, la tua e-mail e la password.",
        "Podaj adres serwera, swój e-mail i hasło.", "Введите адрес сервера, свою почту и пароль."),
    "First sync: %1 tickets": ("Erste Synchronisierung: %1 Tickets", "Première synchronisation : %1 tickets",
                               "Prima sincronizzazione: %1 ticket", "Pierwsza synchronizacja: %1 zgłoszeń",
                               "Первая синхронизация: %1 заявок"),
    "Group": ("Gruppe", "Groupe", "Gruppo", "Grupa", "Группа"),
    "Group / owner": ("Gruppe / Zuständig", "Groupe / responsable", "Gruppo / responsabile", "Grupa / właściciel", "Группа / ответственный"),
    "Helpdesk — %1": ("Helpdesk — %1", "Helpdesk — %1", "Helpdesk — %1", "Helpdesk — %1", "Helpdesk — %1"),
    "Internal note": ("Interne Notiz", "Note interne", "Nota interna", "Notatka wewnętrzna", "Внутренняя заметка"),
    "Keyboard shortcuts": ("Tastenkürzel", "Raccourcis clavier", "Scorciatoie da tastiera", "Skróty klawiszowe", "Сочетания клавиш"),
    "Move %n ticket(s) to group": (["%n Ticket in Gruppe verschieben", "%n Tickets in Gruppe verschieben"],
                                   ["Déplacer %n ticket vers le groupe", "Déplacer %n tickets vers le groupe"],
                                   ["Sposta %n ticket nel gruppo", "Sposta %n ticket nel gruppo"],
                                   ["Przenieś %n zgłoszenie do grupy", "Przenieś %n zgłoszenia do grupy", "Przenieś %n zgłoszeń do grupy"],
                                   ["Переместить %n заявку в группу", "Переместить %n заявки в группу", "Переместить %n заявок в группу"]),
    "My open tickets": ("Meine offenen Tickets", "Mes tickets ouverts", "I miei ticket aperti", "Moje otwarte zgłoszenia", "Мои открытые заявки"),
    "New ticket #%1": ("Neues Ticket #%1", "Nouveau ticket #%1", "Nuovo ticket #%1", "Nowe zgłoszenie #%1", "Новая заявка #%1"),
    "Not saved — %1: %2": ("Nicht gespeichert — %1: %2", "Non enregistré — %1 : %2", "Non salvato — %1: %2", "Nie zapisano — %1: %2",
                          "Не сохранено — %1: %2"),
    "Note on #%1": ("Notiz zu #%1", "Note sur #%1", "Nota su #%1", "Notatka w #%1", "Заметка в #%1"),
    "Number": ("Nummer", "Numéro", "Numero", "Numer", "Номер"),
    "Owner": ("Zuständig", "Responsable", "Responsabile", "Właściciel", "Ответственный"),
    "Password": ("Passwort", "Mot de passe", "Password", "Hasło", "Пароль"),
    "Pending": ("Warten", "En attente", "In attesa", "Oczekujące", "Ожидающие"),
    "Phone call (in)": ("Anruf (eingehend)", "Appel (entrant)", "Telefonata (in entrata)", "Rozmowa (przychodząca)", "Звонок (входящий)"),
    "Phone call (out)": ("Anruf (ausgehend)", "Appel (sortant)", "Telefonata (in uscita)", "Rozmowa (wychodząca)", "Звонок (исходящий)"),
    "Phone call on #%1": ("Anruf zu #%1", "Appel sur #%1", "Telefonata su #%1", "Rozmowa w #%1", "Звонок по #%1"),
    "Priority": ("Priorität", "Priorité", "Priorità", "Priorytet", "Приоритет"),
    "Recently closed": ("Kürzlich geschlossen", "Fermés récemment", "Chiusi di recente", "Ostatnio zamknięte", "Недавно закрытые"),
    "Remote images in this ticket are blocked.": ("Externe Bilder in diesem Ticket sind blockiert.",
                                                  "Les images distantes de ce ticket sont bloquées.",
                                                  "Le immagini remote in questo ticket sono bloccate.",
                                                  "Zdalne obrazy w tym zgłoszeniu są zablokowane.",
                                                  "Внешние изображения в этой заявке заблокированы."),
    "Reply by e-mail": ("Antwort per E-Mail", "Réponse par e-mail", "Risposta via e-mail", "Odpowiedź e-mailem", "Ответ по почте"),
    "Reply to #%1": ("Antwort auf #%1", "Réponse à #%1", "Risposta a #%1", "Odpowiedź w #%1", "Ответ в #%1"),
    "Save attachment": ("Anhang speichern", "Enregistrer la pièce jointe", "Salva allegato", "Zapisz załącznik", "Сохранить вложение"),
    "Search number, title, customer, text (Ctrl+F)": ("Nummer, Titel, Kunde, Text suchen (Strg+F)",
                                                      "Rechercher numéro, titre, client, texte (Ctrl+F)",
                                                      "Cerca numero, titolo, cliente, testo (Ctrl+F)",
                                                      "Szukaj: numer, tytuł, klient, treść (Ctrl+F)",
                                                      "Поиск: номер, тема, клиент, текст (Ctrl+F)"),
    "Send": ("Senden", "Envoyer", "Invia", "Wyślij", "Отправить"),
    "Server": ("Server", "Serveur", "Server", "Serwer", "Сервер"),
    "Set state of %n ticket(s)": (["Status von %n Ticket setzen", "Status von %n Tickets setzen"],
                                  ["Changer l'état de %n ticket", "Changer l'état de %n tickets"],
                                  ["Imposta lo stato di %n ticket", "Imposta lo stato di %n ticket"],
                                  ["Ustaw stan %n zgłoszenia", "Ustaw stan %n zgłoszeń", "Ustaw stan %n zgłoszeń"],
                                  ["Изменить статус %n заявки", "Изменить статус %n заявок", "Изменить статус %n заявок"]),
    "Show remote images": ("Externe Bilder anzeigen", "Afficher les images distantes", "Mostra immagini remote", "Pokaż zdalne obrazy",
                           "Показать внешние изображения"),
    "Sign &out": ("&Abmelden", "Se &déconnecter", "&Esci dall'account", "&Wyloguj", "&Выйти"),
    "Sign in": ("Anmelden", "Se connecter", "Accedi", "Zaloguj", "Войти"),
    "Sign in to Helpdesk": ("Bei Helpdesk anmelden", "Connexion à Helpdesk", "Accedi a Helpdesk", "Logowanie do Helpdesk", "Вход в Helpdesk"),
    "State": ("Status", "État", "Stato", "Stan", "Статус"),
    "State / priority": ("Status / Priorität", "État / priorité", "Stato / priorità", "Stan / priorytet", "Статус / приоритет"),
    "Tags": ("Schlagwörter", "Étiquettes", "Etichette", "Tagi", "Метки"),
    "Tags of #%1": ("Schlagwörter von #%1", "Étiquettes de #%1", "Etichette di #%1", "Tagi w #%1", "Метки в #%1"),
    "The cache was written by a newer client (schema %1, this client knows %2).": (
        "Der Zwischenspeicher stammt von einem neueren Client (Schema %1, dieser kennt %2).",
        "Le cache a été écrit par un client plus récent (schéma %1, ce client connaît %2).",
        "La cache è stata scritta da un client più recente (schema %1, questo conosce %2).",
        "Pamięć podręczną zapisał nowszy klient (schemat %1, ten zna %2).",
        "Кэш записан более новым клиентом (схема %1, этот знает %2)."),
    "This application is for agents; customers use e-mail or the web page.": (
        "Diese Anwendung ist für Agenten; Kunden nutzen E-Mail oder die Webseite.",
        "Cette application est destinée aux agents ; les clients utilisent l'e-mail ou la page web.",
        "Questa applicazione è per gli operatori; i clienti usano l'e-mail o la pagina web.",
        "Ta aplikacja jest dla konsultantów; klienci korzystają z e-maila lub strony WWW.",
        "Это приложение для сотрудников; клиенты пишут по почте или через веб-страницу."),
    "This ticket is no longer visible to you.": ("Dieses Ticket ist für Sie nicht mehr sichtbar.", "Ce ticket ne vous est plus visible.",
                                                 "Questo ticket non è più visibile per te.", "To zgłoszenie nie jest już dla Ciebie widoczne.",
                                                 "Эта заявка вам больше не видна."),
    "Title": ("Titel", "Titre", "Titolo", "Tytuł", "Тема"),
    "Unassigned in my groups": ("Nicht zugewiesen in meinen Gruppen", "Non attribués dans mes groupes", "Non assegnati nei miei gruppi",
                                "Nieprzypisane w moich grupach", "Без ответственного в моих группах"),
    "Updated": ("Aktualisiert", "Mis à jour", "Aggiornato", "Zaktualizowano", "Обновлено"),
    "Work &offline": ("&Offline arbeiten", "Travailler hors &ligne", "Lavora &offline", "Pracuj &offline", "Работать &автономно"),
    "Write here; Ctrl+Return sends.": ("Hier schreiben; Strg+Eingabe sendet.", "Écrivez ici ; Ctrl+Entrée envoie.",
                                       "Scrivi qui; Ctrl+Invio invia.", "Pisz tutaj; Ctrl+Enter wysyła.", "Пишите здесь; Ctrl+Enter отправляет."),
    "agent@example.com": ("agent@example.com",) * 5,
    "e-mail": ("E-Mail", "e-mail", "e-mail", "e-mail", "почта"),
    "internal": ("intern", "interne", "interna", "wewnętrzna", "внутренняя"),
    "note": ("Notiz", "note", "nota", "notatka", "заметка"),
    "offline": ("offline", "hors ligne", "offline", "offline", "нет связи"),
    "phone call (in)": ("Anruf (eingehend)", "appel (entrant)", "telefonata (in entrata)", "rozmowa (przychodząca)", "звонок (входящий)"),
    "phone call (out)": ("Anruf (ausgehend)", "appel (sortant)", "telefonata (in uscita)", "rozmowa (wychodząca)", "звонок (исходящий)"),
    "signed out": ("abgemeldet", "déconnecté", "disconnesso", "wylogowano", "выход выполнен"),
    "tags, separated by commas": ("Schlagwörter, durch Kommas getrennt", "étiquettes, séparées par des virgules",
                                  "etichette, separate da virgole", "tagi oddzielone przecinkami", "метки через запятую"),
    "the connection to the server was lost": ("die Verbindung zum Server ist unterbrochen", "la connexion au serveur est perdue",
                                              "la connessione al server si è interrotta", "utracono połączenie z serwerem",
                                              "соединение с сервером потеряно"),
    "the stored change is unreadable: %1": ("die gespeicherte Änderung ist unlesbar: %1", "la modification enregistrée est illisible : %1",
                                            "la modifica salvata è illeggibile: %1", "zapisanej zmiany nie można odczytać: %1",
                                            "сохранённое изменение не читается: %1"),
    "waiting to be sent": ("wartet auf das Senden", "en attente d'envoi", "in attesa di invio", "czeka na wysłanie", "ждёт отправки"),
    "web": ("Web", "web", "web", "WWW", "веб"),
    "● Connecting…": ("● Verbinde…", "● Connexion…", "● Connessione…", "● Łączenie…", "● Подключение…"),
    "● Offline — working from the local copy": ("● Offline — Arbeit mit der lokalen Kopie", "● Hors ligne — travail sur la copie locale",
                                                "● Offline — si lavora sulla copia locale", "● Offline — praca na kopii lokalnej",
                                                "● Нет связи — работа с локальной копией"),
    "● Online": ("● Online", "● En ligne", "● Online", "● Online", "● В сети"),
    "&Language": ("&Sprache", "&Langue", "&Lingua", "&Język", "&Язык"),
    "&New ticket by e-mail…": ("&Neues Ticket per E-Mail…", "&Nouveau ticket par e-mail…", "&Nuovo ticket via e-mail…",
                               "&Nowe zgłoszenie e-mailem…", "&Новая заявка по почте…"),
    "&Save search as a view…": ("Suche als Ansicht &speichern…", "&Enregistrer la recherche comme vue…",
                                "&Salva la ricerca come vista…", "&Zapisz wyszukiwanie jako widok…", "&Сохранить поиск как вид…"),
    "&Settings": ("&Einstellungen", "&Paramètres", "&Impostazioni", "&Ustawienia", "&Настройки"),
    "&Tickets": ("&Tickets", "&Tickets", "&Ticket", "&Zgłoszenia", "&Заявки"),
    "(no type)": ("(kein Typ)", "(sans type)", "(nessun tipo)", "(bez typu)", "(без типа)"),
    "---- Forwarded message from %1 (%2) ----": ("---- Weitergeleitete Nachricht von %1 (%2) ----",
                                                 "---- Message transféré de %1 (%2) ----",
                                                 "---- Messaggio inoltrato da %1 (%2) ----",
                                                 "---- Przekazana wiadomość od %1 (%2) ----",
                                                 "---- Пересланное сообщение от %1 (%2) ----"),
    "A new ticket needs the customer's e-mail, a subject and a text.": (
        "Ein neues Ticket braucht die E-Mail des Kunden, einen Betreff und einen Text.",
        "Un nouveau ticket demande l'e-mail du client, un objet et un texte.",
        "Un nuovo ticket richiede l'e-mail del cliente, un oggetto e un testo.",
        "Nowe zgłoszenie wymaga e-maila klienta, tematu i treści.",
        "Для новой заявки нужны почта клиента, тема и текст."),
    "After": ("Nachher", "Après", "Dopo", "Po", "После"),
    "Before": ("Vorher", "Avant", "Prima", "Przed", "До"),
    "Cc": ("Cc", "Cc", "Cc", "DW", "Копия"),
    "Customer e-mail": ("E-Mail des Kunden", "E-mail du client", "E-mail del cliente", "E-mail klienta", "Почта клиента"),
    "Field": ("Feld", "Champ", "Campo", "Pole", "Поле"),
    "Forward": ("Weiterleiten", "Transférer", "Inoltra", "Przekaż dalej", "Переслать"),
    "Forward of #%1 to %2": ("Weiterleitung von #%1 an %2", "Transfert de #%1 à %2", "Inoltro di #%1 a %2",
                             "Przekazanie #%1 do %2", "Пересылка #%1 на %2"),
    "History": ("Verlauf", "Historique", "Cronologia", "Historia", "История"),
    "Kind of link:": ("Art der Verknüpfung:", "Type de lien :", "Tipo di collegamento:", "Rodzaj powiązania:", "Тип связи:"),
    "Language": ("Sprache", "Langue", "Lingua", "Język", "Язык"),
    "Link #%1 to #%2": ("#%1 mit #%2 verknüpfen", "Lier #%1 à #%2", "Collega #%1 a #%2", "Powiąż #%1 z #%2", "Связать #%1 с #%2"),
    "Link this ticket to ticket number:": ("Dieses Ticket verknüpfen mit Ticketnummer:", "Lier ce ticket au ticket numéro :",
                                           "Collega questo ticket al ticket numero:", "Powiąż to zgłoszenie ze zgłoszeniem nr:",
                                           "Связать эту заявку с заявкой номер:"),
    "Link ticket": ("Ticket verknüpfen", "Lier le ticket", "Collega ticket", "Powiąż zgłoszenie", "Связать заявку"),
    "Link…": ("Verknüpfen…", "Lier…", "Collega…", "Powiąż…", "Связать…"),
    "Merge #%1 into #%2": ("#%1 in #%2 zusammenführen", "Fusionner #%1 dans #%2", "Unisci #%1 in #%2", "Scal #%1 z #%2",
                           "Объединить #%1 с #%2"),
    "Merge this ticket into ticket number:": ("Dieses Ticket zusammenführen mit Ticketnummer:", "Fusionner ce ticket dans le ticket numéro :",
                                              "Unisci questo ticket nel ticket numero:", "Scal to zgłoszenie ze zgłoszeniem nr:",
                                              "Объединить эту заявку с заявкой номер:"),
    "Merge ticket": ("Ticket zusammenführen", "Fusionner le ticket", "Unisci ticket", "Scal zgłoszenie", "Объединить заявку"),
    "Merge…": ("Zusammenführen…", "Fusionner…", "Unisci…", "Scal…", "Объединить…"),
    "Name of the view:": ("Name der Ansicht:", "Nom de la vue :", "Nome della vista:", "Nazwa widoku:", "Название вида:"),
    "New ticket by e-mail": ("Neues Ticket per E-Mail", "Nouveau ticket par e-mail", "Nuovo ticket via e-mail", "Nowe zgłoszenie e-mailem",
                             "Новая заявка по почте"),
    "New ticket for %1: %2": ("Neues Ticket für %1: %2", "Nouveau ticket pour %1 : %2", "Nuovo ticket per %1: %2",
                              "Nowe zgłoszenie dla %1: %2", "Новая заявка для %1: %2"),
    "Remove this view": ("Diese Ansicht entfernen", "Supprimer cette vue", "Rimuovi questa vista", "Usuń ten widok", "Удалить этот вид"),
    "Reply to all": ("Allen antworten", "Répondre à tous", "Rispondi a tutti", "Odpowiedz wszystkim", "Ответить всем"),
    "Save search as a view": ("Suche als Ansicht speichern", "Enregistrer la recherche comme vue", "Salva la ricerca come vista",
                              "Zapisz wyszukiwanie jako widok", "Сохранить поиск как вид"),
    "State / priority / type": ("Status / Priorität / Typ", "État / priorité / type", "Stato / priorità / tipo", "Stan / priorytet / typ",
                                "Статус / приоритет / тип"),
    "Subject": ("Betreff", "Objet", "Oggetto", "Temat", "Тема"),
    "The history is shown when the server is reachable.": ("Der Verlauf wird angezeigt, wenn der Server erreichbar ist.",
                                                            "L'historique s'affiche quand le serveur est joignable.",
                                                            "La cronologia è visibile quando il server è raggiungibile.",
                                                            "Historia jest widoczna, gdy serwer jest osiągalny.",
                                                            "История видна, когда сервер доступен."),
    "The new language is used from the next start.": ("Die neue Sprache gilt ab dem nächsten Start.",
                                                       "La nouvelle langue s'applique au prochain démarrage.",
                                                       "La nuova lingua vale dal prossimo avvio.",
                                                       "Nowy język będzie użyty po ponownym uruchomieniu.",
                                                       "Новый язык будет использован при следующем запуске."),
    "Thread": ("Nachrichten", "Fil", "Conversazione", "Wątek", "Переписка"),
    "Ticket %1 is not among the tickets you can see.": ("Ticket %1 gehört nicht zu den Tickets, die Sie sehen.",
                                                         "Le ticket %1 ne fait pas partie des tickets que vous voyez.",
                                                         "Il ticket %1 non è tra quelli che puoi vedere.",
                                                         "Zgłoszenia %1 nie ma wśród widocznych dla Ciebie.",
                                                         "Заявки %1 нет среди видимых вам."),
    "To": ("An", "À", "A", "Do", "Кому"),
    "Type a search first; the view shows its tickets.": ("Geben Sie zuerst eine Suche ein; die Ansicht zeigt deren Tickets.",
                                                          "Saisissez d'abord une recherche ; la vue montre ses tickets.",
                                                          "Scrivi prima una ricerca; la vista mostra i suoi ticket.",
                                                          "Najpierw wpisz wyszukiwanie; widok pokaże jego zgłoszenia.",
                                                          "Сначала введите поиск; вид покажет его заявки."),
    "When": ("Wann", "Quand", "Quando", "Kiedy", "Когда"),
    "Who": ("Wer", "Qui", "Chi", "Kto", "Кто"),
    "customer@example.com": ("kunde@example.com", "client@example.com", "cliente@example.com", "klient@example.com", "client@example.com"),
    "duplicate": ("Duplikat", "doublon", "duplicato", "duplikat", "дубликат"),
    "forward to…": ("weiterleiten an…", "transférer à…", "inoltra a…", "przekaż do…", "переслать кому…"),
    "parent": ("übergeordnet", "parent", "padre", "nadrzędne", "родительская"),
    "related": ("verwandt", "lié", "correlato", "powiązane", "связанная"),
    "system": ("System", "système", "sistema", "system", "система"),
    "%1 is viewing this ticket.": ("%1 sieht sich dieses Ticket an.", "%1 consulte ce ticket.", "%1 sta guardando questo ticket.",
                                   "%1 przegląda to zgłoszenie.", "%1 просматривает эту заявку."),
    "%1 is writing a reply.": ("%1 schreibt gerade eine Antwort.", "%1 rédige une réponse.", "%1 sta scrivendo una risposta.",
                               "%1 pisze odpowiedź.", "%1 пишет ответ."),
    "%1 is larger than the limit of %2 MB.": ("%1 ist größer als die Grenze von %2 MB.", "%1 dépasse la limite de %2 Mo.",
                                              "%1 supera il limite di %2 MB.", "%1 przekracza limit %2 MB.", "%1 больше предела в %2 МБ."),
    "Attach files": ("Dateien anhängen", "Joindre des fichiers", "Allega file", "Dołącz pliki", "Прикрепить файлы"),
    "Attach…": ("Anhängen…", "Joindre…", "Allega…", "Dołącz…", "Прикрепить…"),
    "Bold": ("Fett", "Gras", "Grassetto", "Pogrubienie", "Жирный"),
    "Bulleted list": ("Aufzählung", "Liste à puces", "Elenco puntato", "Lista punktowana", "Маркированный список"),
    "Cannot read %1: %2": ("%1 kann nicht gelesen werden: %2", "Impossible de lire %1 : %2", "Impossibile leggere %1: %2",
                           "Nie można odczytać %1: %2", "Не удаётся прочитать %1: %2"),
    "Double-click removes an attachment.": ("Doppelklick entfernt einen Anhang.", "Un double-clic retire une pièce jointe.",
                                            "Il doppio clic rimuove un allegato.", "Podwójne kliknięcie usuwa załącznik.",
                                            "Двойной щелчок удаляет вложение."),
    "Italic": ("Kursiv", "Italique", "Corsivo", "Kursywa", "Курсив"),
    "(none)": ("(keine Angabe)", "(aucun)", "(nessuno)", "(brak)", "(нет)"),
    "Not opened yet.": ("Noch nicht geöffnet.", "Pas encore ouvert.", "Non ancora aperto.", "Jeszcze nieotwarte.", "Ещё не открыта."),
    "Changed since you last looked.": ("Geändert seit Ihrem letzten Blick.", "Modifié depuis votre dernière consultation.",
                                       "Modificato dall'ultima volta che l'hai visto.", "Zmienione od ostatniego podglądu.",
                                       "Изменилась с вашего последнего просмотра."),
    "SLA due": ("SLA fällig", "Échéance SLA", "Scadenza SLA", "Termin SLA", "Срок SLA"),
    "%1 h": ("%1 h", "%1 h", "%1 h", "%1 godz.", "%1 ч"),
    "&Dashboards": ("&Dashboards", "&Tableaux de bord", "&Dashboard", "&Pulpity", "&Панели"),
    "<h3>Response and resolution</h3><p>First response: median %1, 90% within %2 (SLA %3)</p><p>Resolution: median %4, 90% within %5 (SLA %6)</p>": (
        "<h3>Reaktion und Lösung</h3><p>Erste Antwort: Median %1, 90% innerhalb %2 (SLA %3)</p><p>Lösung: Median %4, 90% innerhalb %5 (SLA %6)</p>",
        "<h3>Réponse et résolution</h3><p>Première réponse : médiane %1, 90% en %2 (SLA %3)</p><p>Résolution : médiane %4, 90% en %5 (SLA %6)</p>",
        "<h3>Risposta e risoluzione</h3><p>Prima risposta: mediana %1, 90% entro %2 (SLA %3)</p><p>Risoluzione: mediana %4, 90% entro %5 (SLA %6)</p>",
        "<h3>Odpowiedź i rozwiązanie</h3><p>Pierwsza odpowiedź: mediana %1, 90% w %2 (SLA %3)</p><p>Rozwiązanie: mediana %4, 90% w %5 (SLA %6)</p>",
        "<h3>Ответ и решение</h3><p>Первый ответ: медиана %1, 90% за %2 (SLA %3)</p><p>Решение: медиана %4, 90% за %5 (SLA %6)</p>"),
    "Age of the open tickets": ("Alter der offenen Tickets", "Âge des tickets ouverts", "Età dei ticket aperti", "Wiek otwartych zgłoszeń",
                                "Возраст открытых заявок"),
    "All groups": ("Alle Gruppen", "Tous les groupes", "Tutti i gruppi", "Wszystkie grupy", "Все группы"),
    "Dashboards are computed by the server; it is not reachable.": (
        "Dashboards berechnet der Server; er ist nicht erreichbar.", "Les tableaux de bord sont calculés par le serveur, injoignable.",
        "Le dashboard sono calcolate dal server, che non è raggiungibile.", "Pulpity liczy serwer; jest nieosiągalny.",
        "Панели считает сервер; он недоступен."),
    "Export CSV…": ("CSV exportieren…", "Exporter en CSV…", "Esporta CSV…", "Eksportuj CSV…", "Экспорт CSV…"),
    "Export the panels as CSV": ("Panels als CSV exportieren", "Exporter les panneaux en CSV", "Esporta i pannelli in CSV",
                                 "Eksportuj panele do CSV", "Экспорт панелей в CSV"),
    "Helpdesk dashboards": ("Helpdesk-Dashboards", "Tableaux de bord Helpdesk", "Dashboard di Helpdesk", "Pulpity Helpdesk", "Панели Helpdesk"),
    "Last %n day(s)": (["Letzter %n Tag", "Letzte %n Tage"], ["Dernier %n jour", "Derniers %n jours"], ["Ultimo %n giorno", "Ultimi %n giorni"],
                       ["Ostatni %n dzień", "Ostatnie %n dni", "Ostatnie %n dni"], ["Последний %n день", "Последние %n дня", "Последние %n дней"]),
    "New and closed per day": ("Neu und geschlossen pro Tag", "Nouveaux et fermés par jour", "Nuovi e chiusi al giorno",
                               "Nowe i zamknięte dziennie", "Новые и закрытые по дням"),
    "Open tickets by group": ("Offene Tickets nach Gruppe", "Tickets ouverts par groupe", "Ticket aperti per gruppo",
                              "Otwarte zgłoszenia według grup", "Открытые заявки по группам"),
    "Open tickets per agent": ("Offene Tickets pro Agent", "Tickets ouverts par agent", "Ticket aperti per operatore",
                               "Otwarte zgłoszenia na konsultanta", "Открытые заявки по сотрудникам"),
    "Period": ("Zeitraum", "Période", "Periodo", "Okres", "Период"),
    "SLA breaches": ("SLA-Verletzungen", "Violations de SLA", "Violazioni SLA", "Naruszenia SLA", "Нарушения SLA"),
    "breached": ("verletzt", "violé", "violato", "naruszone", "нарушено"),
    "closed": ("geschlossen", "fermés", "chiusi", "zamknięte", "закрыто"),
    "new": ("neu", "nouveaux", "nuovi", "nowe", "новые"),
    "open": ("offen", "ouverts", "aperti", "otwarte", "открыто"),
    "–": ("–",) * 5,
    "Macros": ("Makros", "Macros", "Macro", "Makra", "Макросы"),
    "(no macros defined)": ("(keine Makros angelegt)", "(aucune macro définie)", "(nessuna macro definita)", "(brak makr)", "(макросов нет)"),
    "Macro \"%1\" on #%2": ("Makro „%1“ auf #%2", "Macro « %1 » sur #%2", "Macro \"%1\" su #%2", "Makro „%1” w #%2", "Макрос «%1» для #%2"),
    "the customer": ("der Kunde", "le client", "il cliente", "klient", "клиент"),
}
LANGS = ["de", "fr", "it", "pl", "ru"]
EN_PLURALS = {
    "Last %n day(s)": ["Last %n day", "Last %n days"],
    "%n change(s) waiting to be sent": ["%n change waiting to be sent", "%n changes waiting to be sent"],
    "Assign %n ticket(s) to": ["Assign %n ticket to", "Assign %n tickets to"],
    "Move %n ticket(s) to group": ["Move %n ticket to group", "Move %n tickets to group"],
    "Set state of %n ticket(s)": ["Set state of %n ticket", "Set state of %n tickets"],
}


def translate(lang, source):
    if source.startswith("<table>"):
        if lang == "en":
            return None
        text = source
        for en, local in SHORTCUTS[lang]:
            text = text.replace("<td>" + en + "</td>", "<td>" + local + "</td>")
        return text
    if lang == "en":
        return EN_PLURALS.get(source)
    entry = T.get(source)
    return None if entry is None else entry[LANGS.index(lang)]


def main():
    root_dir = Path(__file__).resolve().parent
    missing = set()
    for lang in ["en"] + LANGS:
        path = root_dir / f"helpdesk_{lang}.ts"
        tree = ET.parse(path)
        for message in tree.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            value = translate(lang, source)
            if value is None:
                if lang != "en":
                    missing.add(source)
                continue
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
        tree.write(path, encoding="utf-8", xml_declaration=True)
        text = path.read_text(encoding="utf-8")
        if "<!DOCTYPE TS>" not in text:
            text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        path.write_text(text, encoding="utf-8")
    if missing:
        print("untranslated:", *sorted(missing), sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
