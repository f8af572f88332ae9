"""Hand-labelled evaluation data for the personal-data redactor run on interview transcripts.

Written by hand for this project (MIT licence, like the rest of it): nothing here is copied from
a public data set or produced by a model. The sentences read like speech recognition (Whisper)
output of customer interviews: about a third lower case without punctuation, a third punctuated
and capitalised, a third mixed; numbers as words, as digits, with or without separators ("07700
900 123", "0 7 7 0 0", "oh seven seven double four", "plus four four"); e-mail addresses both
written ("maria.lopez@gmail.com") and spoken the way Whisper writes them ("priya dot raman at
gmail dot com", "david cohen at gmail.com"). The names, numbers and addresses are invented (or
well-known specimen and test numbers); any likeness to a real person's data is chance.

Each sentence is ``(text, spans)``; each span is ``(type, exact substring of text)``. A span's
text occurs exactly once in its sentence, so it fixes a position; spans do not overlap.

Personal-data types (``TYPES``), which the redactor must remove:

- ``PERSON``: a person's first name, surname or both, nicknames and spelled-out names
  ("T-O-M", "y u k i") included; a full name is one span ("sarah okafor"); titles (Mr, Mrs, Dr,
  Professor) are left out of the span. A word that is a name but is not used as one here
  ("I'll be frank", "the bill was high", "mark the invoice as paid", "rose gold") is not a
  PERSON; a name used as one ("frank set it up", "bill did the account", "I asked for Rose") is.
- ``EMAIL``: a whole e-mail address, written or spoken ("d cohen at outlook dot co dot uk"); a
  name inside an address is part of the EMAIL span, not a separate PERSON.
- ``PHONE``: a whole telephone number with its country code and "(0)" when said ("+44 7700 900
  417", "plus four four two zero seven ...", "0 7 7 0 0 9 0 0 4 5 6").
- ``CARD``: a payment card number, 16 digits, grouped, run together or spoken.
- ``BANK``: an IBAN, a bank account number or a sort code; an account number and a sort code
  in one sentence are two spans; the words "sort code", "account number" are not in the span.
- ``ADDRESS``: a street address with a house number, from the number through the street name,
  with the town and postcode when they follow directly (with or without a comma): "42 Elm Road,
  Leeds", "twelve baker street"; a town introduced by "in" ("in Lyon") is left out.
- ``ID``: a national identity number: UK National Insurance number ("QQ 12 34 56 C", "j k four
  four one nine two seven d"), US Social Security number ("123-45-6789").

``KEEP`` (``"ORG_KEEP"``) marks company, bank, brand and product names, real (QuickBooks, Xero,
Direct Line, Monzo, Marks & Spencer) or invented (Ledgerly, Tallybook); they are not personal
data and the redactor must keep them, including names built from people's names (Ben & Jerry's,
Lloyds) and names that are also words (Wise, Chase, Admiral, Just Eat). An organisation name
inside an e-mail address is not marked (the address is). Place names alone ("we're based in
Leeds", "the Paris office"), times, prices, quantities, versions, invoice and ticket numbers are
not marked: they must be kept too.

About 30% of the sentences have no personal data (hard negatives: the cases above).

``TUNING`` is for developing and tuning the redactor (patterns, thresholds, prompts);
``HELD_OUT`` is for the final measurement only. The two parts hold different sentences with
different names, numbers and addresses (``check`` verifies no personal-data span text recurs
across them) in the same styles and proportions.
"""

from __future__ import annotations

import re
from collections import Counter

Span = tuple[str, str]  # (entity type, the exact substring of the sentence)
Sentence = tuple[str, tuple[Span, ...]]

TYPES = ("PERSON", "EMAIL", "PHONE", "CARD", "BANK", "ADDRESS", "ID")
KEEP = "ORG_KEEP"
MIN_SENTENCES = 100

TUNING: list[Sentence] = [
    # --- with personal data ---
    (
        "yeah my name is sarah okafor and you can call me on oh seven seven double four five six one two three",
        (("PERSON", "sarah okafor"), ("PHONE", "oh seven seven double four five six one two three")),
    ),
    ("Sure, it's Tom Reilly, T-O-M.", (("PERSON", "Tom Reilly"), ("PERSON", "T-O-M"))),
    (
        "My email is maria.lopez@gmail.com if you want to send the summary over.",
        (("EMAIL", "maria.lopez@gmail.com"),),
    ),
    ("yeah just send it to priya dot raman at gmail dot com", (("EMAIL", "priya dot raman at gmail dot com"),)),
    ("it's david cohen at gmail.com all one word", (("EMAIL", "david cohen at gmail.com"),)),
    (
        "or d cohen at outlook dot co dot uk thats the work one",
        (("EMAIL", "d cohen at outlook dot co dot uk"),),
    ),
    ("Hi, I'm Minh Nguyen, I look after the finance side at our place.", (("PERSON", "Minh Nguyen"),)),
    (
        "so I spoke to Agnieszka in accounts and she said the refund was on its way",
        (("PERSON", "Agnieszka"),),
    ),
    ("You can reach me on 07700 900 123, that's my mobile", (("PHONE", "07700 900 123"),)),
    ("My number is 0 7 7 0 0 9 0 0 4 5 6", (("PHONE", "0 7 7 0 0 9 0 0 4 5 6"),)),
    (
        "the office line is plus four four two zero seven nine four six zero one two three",
        (("PHONE", "plus four four two zero seven nine four six zero one two three"),),
    ),
    (
        "I read out the whole card number to them, 4929 1234 5678 9012, which felt a bit odd.",
        (("CARD", "4929 1234 5678 9012"),),
    ),
    (
        "i gave them the card number four five three nine double one two three four five six seven eight nine zero one and the expiry",
        (("CARD", "four five three nine double one two three four five six seven eight nine zero one"),),
    ),
    (
        "Our sort code is 20-32-06 and the account number is 53184729.",
        (("BANK", "20-32-06"), ("BANK", "53184729")),
    ),
    ("the IBAN is GB29 NWBK 6016 1331 9268 19 if that helps", (("BANK", "GB29 NWBK 6016 1331 9268 19"),)),
    ("We moved last year, we're at 42 Elm Road, Leeds now.", (("ADDRESS", "42 Elm Road, Leeds"),)),
    ("the parcel went to twelve baker street instead of our unit", (("ADDRESS", "twelve baker street"),)),
    (
        "My National Insurance number is QQ 12 34 56 C, I had to type it in three times.",
        (("ID", "QQ 12 34 56 C"),),
    ),
    ("she asked for my social which is 123-45-6789 and I thought that was strange", (("ID", "123-45-6789"),)),
    ("hi this is Kwame Mensah from the Bristol office", (("PERSON", "Kwame Mensah"),)),
    (
        "I'd normally speak to Fatima Al-Sayed, she's our account manager at Xero.",
        (("PERSON", "Fatima Al-Sayed"), (KEEP, "Xero")),
    ),
    (
        "frank was the one who set up quickbooks for us originally",
        (("PERSON", "frank"), (KEEP, "quickbooks")),
    ),
    ("Will from the support team rang me back the next day, which was nice", (("PERSON", "Will"),)),
    (
        "Mark Chen, he's our bookkeeper, does all the reconciliation in Ledgerly.",
        (("PERSON", "Mark Chen"), (KEEP, "Ledgerly")),
    ),
    ("yeah grace handles the payroll and i just approve it", (("PERSON", "grace"),)),
    (
        "Send the invite to j.kowalski@kowalski-builders.co.uk, that's me.",
        (("EMAIL", "j.kowalski@kowalski-builders.co.uk"),),
    ),
    (
        "its j kowalski at kowalski builders dot co dot uk",
        (("EMAIL", "j kowalski at kowalski builders dot co dot uk"),),
    ),
    (
        "my name's Oluwaseun Adeyemi, that's O-L-U-W-A-S-E-U-N",
        (("PERSON", "Oluwaseun Adeyemi"), ("PERSON", "O-L-U-W-A-S-E-U-N")),
    ),
    ("It's Rania, and the surname is H-A-D-D-A-D.", (("PERSON", "Rania"), ("PERSON", "H-A-D-D-A-D"))),
    ("so its yuki tanaka y u k i", (("PERSON", "yuki tanaka"), ("PERSON", "y u k i"))),
    ("call me on +44 7700 900 417 any time after three.", (("PHONE", "+44 7700 900 417"),)),
    (
        "the number they had was oh one one three four nine six oh five eight two which is the old landline",
        (("PHONE", "oh one one three four nine six oh five eight two"),),
    ),
    ("yeah so my mobile's 07700900562 but I don't always pick up", (("PHONE", "07700900562"),)),
    (
        "Our old address was 7 Harbour View, Plymouth PL1 3DE, and the letters kept going there.",
        (("ADDRESS", "7 Harbour View, Plymouth PL1 3DE"),),
    ),
    ("we're at forty two pennine way huddersfield now", (("ADDRESS", "forty two pennine way huddersfield"),)),
    ("Stefan Schmidt signed the contract, I just use the thing", (("PERSON", "Stefan Schmidt"),)),
    (
        "I think it was Aoife Byrne who handled our onboarding, she was brilliant.",
        (("PERSON", "Aoife Byrne"),),
    ),
    ("my husband ravi pays the bill on his card", (("PERSON", "ravi"),)),
    (
        "Yes, the card was 5555 4444 3333 1111, the business Mastercard.",
        (("CARD", "5555 4444 3333 1111"), (KEEP, "Mastercard")),
    ),
    ("card number is 4000-0566-5566-5556, expiry next March", (("CARD", "4000-0566-5566-5556"),)),
    (
        "account number three one nine two six eight one nine sort code six oh one six one three",
        (("BANK", "three one nine two six eight one nine"), ("BANK", "six oh one six one three")),
    ),
    (
        "Please pay into DE89 3704 0044 0532 0130 00, that's our German account.",
        (("BANK", "DE89 3704 0044 0532 0130 00"),),
    ),
    ("she read out my NI number, AB 12 34 56 C, on an open line!", (("ID", "AB 12 34 56 C"),)),
    (
        "my national insurance is j k four four one nine two seven d",
        (("ID", "j k four four one nine two seven d"),),
    ),
    (
        "I'm Svetlana Ivanova, and I run the café on 18 Church Lane.",
        (("PERSON", "Svetlana Ivanova"), ("ADDRESS", "18 Church Lane")),
    ),
    ("hi yeah its luca rossi here", (("PERSON", "luca rossi"),)),
    (
        "my colleague Ingrid Johansson at ingrid.johansson@nordfrakt.se set it up",
        (("PERSON", "Ingrid Johansson"), ("EMAIL", "ingrid.johansson@nordfrakt.se")),
    ),
    (
        "Can you spell that? Sure, G-U-R-P-R-E-E-T, Gurpreet Kaur.",
        (("PERSON", "G-U-R-P-R-E-E-T"), ("PERSON", "Gurpreet Kaur")),
    ),
    (
        "you can text me on seven seven double oh nine double oh three one four",
        (("PHONE", "seven seven double oh nine double oh three one four"),),
    ),
    (
        "The delivery driver kept ringing 020 7946 0958 instead of my mobile.",
        (("PHONE", "020 7946 0958"),),
    ),
    ("oh and my SSN is 512 48 3307 if you need it for the form", (("ID", "512 48 3307"),)),
    ("my social is four two one six six nine eight one two", (("ID", "four two one six six nine eight one two"),)),
    (
        "Our registered office is 221 Commercial Street, London E1 6BJ.",
        (("ADDRESS", "221 Commercial Street, London E1 6BJ"),),
    ),
    ("I was living at 9 rue des Lilas in Lyon back then", (("ADDRESS", "9 rue des Lilas"),)),
    (
        "tell chidi i said thanks he sorted the xero import for us",
        (("PERSON", "chidi"), (KEEP, "xero")),
    ),
    ("Dr. Papadopoulos recommended the app to me, actually.", (("PERSON", "Papadopoulos"),)),
    ("Mrs Begum from the accounts team phoned about it", (("PERSON", "Begum"),)),
    (
        "It's hannah.schulz+invoices@posteo.de, with the plus.",
        (("EMAIL", "hannah.schulz+invoices@posteo.de"),),
    ),
    (
        "you can email tomasz at novak plumbing dot co dot uk",
        (("EMAIL", "tomasz at novak plumbing dot co dot uk"),),
    ),
    ("Yeah it's a gmail, jiwoo.park92@gmail.com", (("EMAIL", "jiwoo.park92@gmail.com"),)),
    (
        "My partner, Emeka, uses Monzo, so we split everything there.",
        (("PERSON", "Emeka"), (KEEP, "Monzo")),
    ),
    ("the account is in my wifes name amara osei", (("PERSON", "amara osei"),)),
    (
        "ok the card is 5 4 2 5 2 3 3 4 3 0 1 0 9 9 0 3 and the CVV I'd rather not say",
        (("CARD", "5 4 2 5 2 3 3 4 3 0 1 0 9 9 0 3"),),
    ),
    (
        "It's Bilal Haider, and my direct line is 0161 496 0734.",
        (("PERSON", "Bilal Haider"), ("PHONE", "0161 496 0734")),
    ),
    ("we moved the office to fourteen victoria road last spring", (("ADDRESS", "fourteen victoria road"),)),
    (
        "Jordan Ellis sorted the salesforce migration for us",
        (("PERSON", "Jordan Ellis"), (KEEP, "salesforce")),
    ),
    ("I asked for Rose because she knew our account", (("PERSON", "Rose"),)),
    (
        "bank details are sort code forty double oh two seven account two two four six eight one three five",
        (("BANK", "forty double oh two seven"), ("BANK", "two two four six eight one three five")),
    ),
    ("The SSN on file was 287-65-4321 and it was wrong.", (("ID", "287-65-4321"),)),
    ("account no. 41298573, sort code 09-01-28", (("BANK", "41298573"), ("BANK", "09-01-28"))),
    ("thats me abdullah farouk", (("PERSON", "abdullah farouk"),)),
    ("Hi, Erik here, I'm the owner.", (("PERSON", "Erik"),)),
    (
        "you can reach sofia on plus three four six one two three four five six seven eight",
        (("PERSON", "sofia"), ("PHONE", "plus three four six one two three four five six seven eight")),
    ),
    ("Her email's l.moreau at orange dot fr I think", (("EMAIL", "l.moreau at orange dot fr"),)),
    (
        "The invoice went to nadia.kim@ledgerly.io instead of our shared inbox.",
        (("EMAIL", "nadia.kim@ledgerly.io"),),
    ),
    (
        "its plus four four seven seven double oh nine double oh six two one",
        (("PHONE", "plus four four seven seven double oh nine double oh six two one"),),
    ),
    (
        "The card I use is 4539 5812 0846 3317, and the address on it is 5 Greenway Close, Derby DE22 1AB.",
        (("CARD", "4539 5812 0846 3317"), ("ADDRESS", "5 Greenway Close, Derby DE22 1AB")),
    ),
    (
        "the new card is four nine one seven six one double oh three three eight two nine four five one",
        (("CARD", "four nine one seven six one double oh three three eight two nine four five one"),),
    ),
    (
        "my NI number's SK 48 20 71 D and I live at 63 Wellington Road",
        (("ID", "SK 48 20 71 D"), ("ADDRESS", "63 Wellington Road")),
    ),
    # --- without personal data (hard negatives) ---
    ("we're based in leeds and most of our customers are local", ()),
    ("We pay forty pounds a month for QuickBooks, which is fine.", ((KEEP, "QuickBooks"),)),
    ("it took three weeks to get the Xero integration working", ((KEEP, "Xero"),)),
    ("I'll be frank with you, the onboarding was a mess.", ()),
    ("the bill was high that month because of the extra seats", ()),
    ("you just mark the invoice as paid and it disappears from the list", ()),
    ("We upgraded to version 2.3 in January and it broke the export.", ()),
    ("I think the order was like five or six items, and two of them were missing", ()),
    ("We switched from Sage to Ledgerly about eighteen months ago.", ((KEEP, "Sage"), (KEEP, "Ledgerly"))),
    (
        "HubSpot does our CRM and Salesforce was just too expensive for us",
        ((KEEP, "HubSpot"), (KEEP, "Salesforce")),
    ),
    ("we order deliveroo for the team on fridays", ((KEEP, "deliveroo"),)),
    ("Our insurance is with Direct Line, has been for years.", ((KEEP, "Direct Line"),)),
    ("honestly Monzo business is the best bank account we've had", ((KEEP, "Monzo"),)),
    ("support said they'd call back within 48 hours and it was more like a week.", ()),
    ("we have about twelve people in the office and three remote", ()),
    ("The price went up from £29 to £45 a month without warning.", ()),
    ("We're a small team in Cardiff, nine of us, mostly engineers", ()),
    ("i will say the mobile app is much better than the desktop one", ()),
    ("Can you make sure the summary doesn't go to the whole company?", ()),
    ("the grace period on late payments is only seven days", ()),
    (
        "Marks & Spencer is one of our biggest clients, so invoicing matters.",
        ((KEEP, "Marks & Spencer"),),
    ),
    ("we bank with Lloyds and the feed breaks every other week", ((KEEP, "Lloyds"),)),
    ("It's about 25 minutes from the station to our warehouse", ()),
    ("The Paris office uses a different plan, I think it's the Pro tier.", ()),
    (
        "we tried Wave, then FreshBooks, then ended up on Ledgerly",
        ((KEEP, "Wave"), (KEEP, "FreshBooks"), (KEEP, "Ledgerly")),
    ),
    (
        "Our phone bill from Vodafone is higher than the software bill, to be honest.",
        ((KEEP, "Vodafone"),),
    ),
    ("sort of a long story but we changed banks twice last year", ()),
    ("They said the card would arrive in 3 to 5 working days", ()),
    ("page 14 of the manual says to restart it, which didn't help", ()),
    ("we process about two thousand orders a month through shopify", ((KEEP, "shopify"),)),
    ("Amazon Business is where we get most of our stationery.", ((KEEP, "Amazon Business"),)),
    ("the 2019 version was faster honestly, before they added all the AI stuff", ()),
    (
        "we tried taskly and penny pilot but neither had multi currency",
        ((KEEP, "taskly"), (KEEP, "penny pilot")),
    ),
    ("Chase sent us a letter about it, but nothing changed.", ((KEEP, "Chase"),)),
    ("and then bob's your uncle it synced everything", ()),
    ("Invoice INV-20481 got paid twice and it took ages to sort out", ()),
    # Spoken addresses as espeak-ng + Whisper wrote them when the "at" was lost or merged
    # (GUIDE: "david cohen at gmail dot com" came back as "www.vidco.gmail.com"), and the
    # words that announce an address, which stay.
    ("You can email me at www.kelmor.gmail.com anytime.", (("EMAIL", "www.kelmor.gmail.com"),)),
    ("my email is r.hartley.hotmail.com if that helps", (("EMAIL", "r.hartley.hotmail.com"),)),
    ("it's dev patel at gmail.com", (("EMAIL", "dev patel at gmail.com"),)),
    ("Sure, my email is ines.morel at yahoo dot com.", (("EMAIL", "ines.morel at yahoo dot com"),)),
    ("we moved all our mail to outlook.com last year and it's fine", ()),
    ("Our site is www.tallybook.com and the help pages are good.", ()),
    # Whisper (base) on espeak-ng reading "anna berg at gmail dot com" and "tom dot baker at
    # outlook dot com": the "at" glued into the words around it
    ("Sure, you can email me at mirabelatemail.com", (("EMAIL", "mirabelatemail.com"),)),
    ("My email is k.ostrowskiadoutlook.com, that's the best way.", (("EMAIL", "k.ostrowskiadoutlook.com"),)),
    ("the email is the problem, it never arrives on time", ()),
    # Names in varied contexts: first names alone in lower-case speech, after verbs, possessives,
    # colleagues and family, before company names, non-English names, spelled names, and words
    # that are names used as names (and the same words not used as names, no span).
    ("yeah so ifeoma sorted that out in the end", (("PERSON", "ifeoma"),)),
    ("I rang them and a guy called Rohan picked up", (("PERSON", "Rohan"),)),
    ("you'd have to ask bartosz he set up all the exports", (("PERSON", "bartosz"),)),
    ("I emailed Dawn about it twice and never heard back.", (("PERSON", "Dawn"),)),
    ("So it's really Imogen's team that uses it day to day.", (("PERSON", "Imogen"),)),
    ("my colleague Aisha does all the invoicing, she's brilliant", (("PERSON", "Aisha"),)),
    ("our bookkeeper lorna comes in on tuesdays and does the bank rec", (("PERSON", "lorna"),)),
    (
        "Tunde from Monzo rang me back within the hour, to be fair.",
        (("PERSON", "Tunde"), (KEEP, "Monzo")),
    ),
    (
        "I spoke to Grzegorz Wiśniewski at Ledgerly and he escalated it.",
        (("PERSON", "Grzegorz Wiśniewski"), (KEEP, "Ledgerly")),
    ),
    ("faith from their onboarding team picked up and sorted it in five minutes", (("PERSON", "faith"),)),
    ("Sandy does all our VAT returns, she's been with us for years.", (("PERSON", "Sandy"),)),
    ("mark said it would be cheaper to switch but i wasnt sure", (("PERSON", "mark"),)),
    ("Frank Delaney at the accountants recommended it to us.", (("PERSON", "Frank Delaney"),)),
    ("So Grace Oduya was our first contact there", (("PERSON", "Grace Oduya"),)),
    ("The integration was built by Liu Yang, one of their contractors.", (("PERSON", "Liu Yang"),)),
    ("my accountant is xiu ying chow and she hates the new interface", (("PERSON", "xiu ying chow"),)),
    ("our operations lead is Youssef El-Amrani", (("PERSON", "Youssef El-Amrani"),)),
    ("i think it was carmen ruiz ortega who signed off on it", (("PERSON", "carmen ruiz ortega"),)),
    (
        "Harpreet handles the supplier payments and Venkat does payroll.",
        (("PERSON", "Harpreet"), ("PERSON", "Venkat")),
    ),
    ("we were referred by Obinna Nwosu, who runs a bakery near us", (("PERSON", "Obinna Nwosu"),)),
    ("Małgorzata from the Kraków office does their Polish invoices.", (("PERSON", "Małgorzata"),)),
    (
        "It's Caoimhe, C-A-O-I-M-H-E, people always get it wrong.",
        (("PERSON", "Caoimhe"), ("PERSON", "C-A-O-I-M-H-E")),
    ),
    ("the surname is Kaczmarek, k a c z m a r e k", (("PERSON", "Kaczmarek"), ("PERSON", "k a c z m a r e k"))),
    (
        "my name's Darragh Quinlan, that's D-A-R-R-A-G-H",
        (("PERSON", "Darragh Quinlan"), ("PERSON", "D-A-R-R-A-G-H")),
    ),
    ("yeah kasia from xero walked us through it", (("PERSON", "kasia"), (KEEP, "xero"))),
    ("Femi at Tallybook sent over the migration guide", (("PERSON", "Femi"), (KEEP, "Tallybook"))),
    ("Mr. Haroon Siddiqui, our landlord, asked for copies of the invoices.", (("PERSON", "Haroon Siddiqui"),)),
    (
        "We were introduced by Professor Adaeze Obi at the business school.",
        (("PERSON", "Adaeze Obi"),),
    ),
    ("my daughter zainab set it up on my phone", (("PERSON", "zainab"),)),
    (
        "My wife's cousin, Ignacio, recommended Tallybook to us.",
        (("PERSON", "Ignacio"), (KEEP, "Tallybook")),
    ),
    ("everyone calls him gaz but his name is gareth pritchard", (("PERSON", "gaz"), ("PERSON", "gareth pritchard"))),
    ("Holly and Jack from support were great, honestly.", (("PERSON", "Holly"), ("PERSON", "Jack"))),
    ("I think Drew set up the direct debits before he left", (("PERSON", "Drew"),)),
    ("honestly xiaoming's the only one who knows the admin password", (("PERSON", "xiaoming"),)),
    ("Khaled and his brother run the other shop", (("PERSON", "Khaled"),)),
    ("yeah I asked Sunita Raghunathan, she's the finance director", (("PERSON", "Sunita Raghunathan"),)),
    ("Robin in accounts approves anything over a grand", (("PERSON", "Robin"),)),
    # the same words, not used as names
    ("we were up till dawn doing the year end, it was awful", ()),
    ("Can you bill us quarterly instead of monthly?", ()),
    ("theres a question mark over whether we renew next year", ()),
    ("To be frank, it was cheaper elsewhere.", ()),
    ("the price rose by about twenty percent in april", ()),
    ("Will it still work if we change banks", ()),
    ("We drew up a list of what we needed before switching.", ()),
    ("i've lost faith in their support to be honest", ()),
    # E-mail addresses as Whisper writes spoken ones (spelled-out "at" and "dot", run together,
    # the "at" glued into the words), written ones, role addresses at company domains; the
    # words that announce them stay.
    ("yeah my email is halina brandt at gmail dot com", (("EMAIL", "halina brandt at gmail dot com"),)),
    ("It's owen dot pryce at outlook dot com.", (("EMAIL", "owen dot pryce at outlook dot com"),)),
    ("so its r underscore achebe at yahoo dot co dot uk", (("EMAIL", "r underscore achebe at yahoo dot co dot uk"),)),
    ("You can reach me at leilanasser at gmail.com.", (("EMAIL", "leilanasser at gmail.com"),)),
    ("Send it to f.amoah@outlook.com and copy in the team.", (("EMAIL", "f.amoah@outlook.com"),)),
    ("Sure, it's petrahaleatemail.com.", (("EMAIL", "petrahaleatemail.com"),)),
    ("My email is ben.hartiganadoutlook.com", (("EMAIL", "ben.hartiganadoutlook.com"),)),
    ("Drop me a line at luciagarzonatheartmail.com, I check it daily.", (("EMAIL", "luciagarzonatheartmail.com"),)),
    (
        "send the invoices to accounts at brightwell bakery dot co dot uk",
        (("EMAIL", "accounts at brightwell bakery dot co dot uk"),),
    ),
    ("You can reach me at kofi at asante design dot com", (("EMAIL", "kofi at asante design dot com"),)),
    (
        "My work email is m.zielinska@parcelpoint.pl, the personal one I'd rather not give.",
        (("EMAIL", "m.zielinska@parcelpoint.pl"),),
    ),
    ("her email is zhou min at one six three dot com", (("EMAIL", "zhou min at one six three dot com"),)),
    ("Email me at ngozi.okeke at hotmail dot co dot uk", (("EMAIL", "ngozi.okeke at hotmail dot co dot uk"),)),
    ("It's arjunmehta84 at gmail dot com, all lower case.", (("EMAIL", "arjunmehta84 at gmail dot com"),)),
    ("yeah its s dash lindqvist at proton dot me", (("EMAIL", "s dash lindqvist at proton dot me"),)),
    (
        "The confirmation went to oliver.grant@icloud.com, which I never check.",
        (("EMAIL", "oliver.grant@icloud.com"),),
    ),
    (
        "My colleague Idris, that's idris@harbourlight.co.uk, does the ordering.",
        (("PERSON", "Idris"), ("EMAIL", "idris@harbourlight.co.uk")),
    ),
    ("send the receipts to billing at tallybook dot com, not to me", (("EMAIL", "billing at tallybook dot com"),)),
    ("My email is katyawrenatgmail.com.", (("EMAIL", "katyawrenatgmail.com"),)),
    ("my email's www.rafferty.gmail.com I think", (("EMAIL", "www.rafferty.gmail.com"),)),
    ("its noor.hamdan.hotmail.com i use that for everything", (("EMAIL", "noor.hamdan.hotmail.com"),)),
    ("drop me a line at tobiaskleinatyahoo dot com", (("EMAIL", "tobiaskleinatyahoo dot com"),)),
    ("Send it to h.oyelaran@gmail.com please, not the old address.", (("EMAIL", "h.oyelaran@gmail.com"),)),
    ("my email id is deepa iyer at the rate gmail dot com", (("EMAIL", "deepa iyer at the rate gmail dot com"),)),
    ("Please write to a dot nowicki at wp dot pl, that's the one I read.", (("EMAIL", "a dot nowicki at wp dot pl"),)),
    ("it's marcusfeld at outlook dot com, all one word", (("EMAIL", "marcusfeld at outlook dot com"),)),
    # mail providers, company domains and the word "at" without a person's address
    ("their website is brightwell dot co dot uk but nobody updates it", ()),
    ("I emailed them at the support address on the website and got an auto reply.", ()),
    ("At Gmail they just ignore you if you complain", ()),
    (
        "We moved our mail to outlook dot com when we switched to Microsoft 365.",
        ((KEEP, "Microsoft 365"),),
    ),
    ("You have to log in at app dot ledgerly dot io to see the statements.", ()),
    ("the email address field wouldnt accept a plus sign so i gave up", ()),
    ("they said the fix lands in version three dot two at the earliest", ()),
    ("we get about fifty emails a day at the accounts inbox", ()),
    # an address without its ending, or announced by its provider; the provider alone is no address
    ("yeah my email is oliver at gmail, that's the easiest", (("EMAIL", "oliver at gmail"),)),
    ("my gmail is rachel dot lee ninety if you need it", (("EMAIL", "rachel dot lee ninety"),)),
    ("reach me at tunde underscore b at hotmail, it is quicker", (("EMAIL", "tunde underscore b at hotmail"),)),
    ("someone at gmail told me they don't scan attachments", ()),
    ("their support at hotmail was useless when we got locked out", ()),
    ("we switched everyone at outlook to the new plan last year", ()),
    # more spoken and written forms: an apostrophe in a name, newer endings, letters and digits said apart
    ("my address is daniel dot o'brien at eircom dot net", (("EMAIL", "daniel dot o'brien at eircom dot net"),)),
    ("ping me at max at maxdesign dot io if anything breaks", (("EMAIL", "max at maxdesign dot io"),)),
    ("my email, it's lucy at lucydesign.studio", (("EMAIL", "lucy at lucydesign.studio"),)),
    ("my personal one is hannah b 84 at gmail", (("EMAIL", "hannah b 84 at gmail"),)),
    ("it's ben underscore carter 82 at gmail.com", (("EMAIL", "ben underscore carter 82 at gmail.com"),)),
    ("you can get me on a.kowalski at wp.pl", (("EMAIL", "a.kowalski at wp.pl"),)),
    ("It's J-A-S-O-N at gmail dot com", (("EMAIL", "J-A-S-O-N at gmail dot com"),)),
    ("yeah it's kate at katesflowers dot com, that's the shop one", (("EMAIL", "kate at katesflowers dot com"),)),
    ("I think about it at gmail scale and it still makes no sense", ()),
    # brands where a colleague's name could stand: asked, thanked, doing the work
    ("Stripe handles the card payments and Xero does our books.", ((KEEP, "Stripe"), (KEEP, "Xero"))),
    ("thanks to Revolut we finally get paid on time", ((KEEP, "Revolut"),)),
    ("you'd have to ask Shopify about that, not us", ((KEEP, "Shopify"),)),
    ("Honestly QuickBooks did the same thing to us last year.", ((KEEP, "QuickBooks"),)),
    ("so Zapier sorted the syncing for us in the end", ((KEEP, "Zapier"),)),
    ("Gusto handles payroll, and Ramesh approves the runs on Friday.", ((KEEP, "Gusto"), ("PERSON", "Ramesh"))),
    ("tell Olusegun the new invoices look great", (("PERSON", "Olusegun"),)),
    ("yeah thanks to mirela the migration went fine", (("PERSON", "mirela"),)),
    # the provider said apart, a shop's name in the domain, brands that stand where people do
    ("my email's ravi at G-mail dot com", (("EMAIL", "ravi at G-mail dot com"),)),
    ("yeah it's john dot smith at g mail dot com", (("EMAIL", "john dot smith at g mail dot com"),)),
    ("it's anna at anna's bakery dot com", (("EMAIL", "anna at anna's bakery dot com"),)),
    ("Paybright does our invoicing now and it's fine", ((KEEP, "Paybright"),)),
    ("honestly Clearbooks was cheaper but the support was awful", ((KEEP, "Clearbooks"),)),
    ("so Invoicely sorted the import in the end", ((KEEP, "Invoicely"),)),
    ("tell Starling we're leaving if the fees go up again", ((KEEP, "Starling"),)),
    ("Finom handles the card payments and Tillo does the rota", ((KEEP, "Finom"), (KEEP, "Tillo"))),
    ("Moss does the expense cards and Mastercard sends the statements", ((KEEP, "Moss"), (KEEP, "Mastercard"))),
    # everyday words some locale's list calls a given name, where a colleague's name could stand
    ("so server handles the load now and it never falls over", ()),
    ("yeah so the phone line handles the overflow and floor staff deal with walk ins", ()),
    ("honestly job is the only one thing that matters to them", ()),
    # what a person is, after the words that announce a name; a sentence that ends in a street word
    # (both from espeak-ng + Whisper on eval.themes --rich-audio)
    ("The invoice numbers restarted at one in January, and our accountant was not happy about the duplicates.", ()),
    ("my manager is very strict about receipts so i keep every one", ()),
    ("It's one more in one place.", ()),
    # a batch written on 2026-12-05 and scored before any rule saw it (docs/analysts.md): shops
    # named after people, spoken web addresses of known products, "everyone calls me...",
    # "my daughter sells..."
    ("you can email me at james dot whitaker at yahoo dot co dot uk", (("EMAIL", "james dot whitaker at yahoo dot co dot uk"),)),
    ("It's info at greenleaf dash design dot com, that goes to both of us.", (("EMAIL", "info at greenleaf dash design dot com"),)),
    ("the work one is sales@brightwater.co.uk but I rarely check it", (("EMAIL", "sales@brightwater.co.uk"),)),
    ("k underscore patel at gmail dot com, with an underscore", (("EMAIL", "k underscore patel at gmail dot com"),)),
    ("Send it to hannah.m.brooks@outlook.com please.", (("EMAIL", "hannah.m.brooks@outlook.com"),)),
    ("my email's tom 1985 at hotmail dot com", (("EMAIL", "tom 1985 at hotmail dot com"),)),
    ("Yeah, it's accounts at the bakery's domain, accounts at rosewood bakes dot co dot uk.", (("EMAIL", "accounts at rosewood bakes dot co dot uk"),)),
    ("I moved our money from Halifax to Starling last year and never looked back.", (("ORG_KEEP", "Halifax"), ("ORG_KEEP", "Starling"))),
    ("We buy most of our uniforms from John Lewis, the quality is just better.", (("ORG_KEEP", "John Lewis"),)),
    ("my husband swears by Ted Baker shirts for client meetings", (("ORG_KEEP", "Ted Baker"),)),
    ("We book everything through Calendly and then the call happens on Zoom.", (("ORG_KEEP", "Calendly"), ("ORG_KEEP", "Zoom"))),
    ("the kids learn spanish on duolingo and i tried babbel for a month", (("ORG_KEEP", "duolingo"), ("ORG_KEEP", "babbel"))),
    ("Our shop runs on Shopify and we sell the seconds on Etsy.", (("ORG_KEEP", "Shopify"), ("ORG_KEEP", "Etsy"))),
    ("We insure the vans with Aviva, the house is with Nationwide.", (("ORG_KEEP", "Aviva"), ("ORG_KEEP", "Nationwide"))),
    ("I order the groceries from Ocado and the odd takeaway on Deliveroo.", (("ORG_KEEP", "Ocado"), ("ORG_KEEP", "Deliveroo"))),
    ("We tried Harvey Nichols for the staff gifts one Christmas, never again.", (("ORG_KEEP", "Harvey Nichols"),)),
    ("my daughter sells her old clothes on vinted and depop", (("ORG_KEEP", "vinted"), ("ORG_KEEP", "depop"))),
    ("Honestly Canva does everything I need for the flyers.", (("ORG_KEEP", "Canva"),)),
    ("The designers moved from Sketch to Figma during lockdown.", (("ORG_KEEP", "Figma"),)),
    ("we pay for Peloton but mostly my wife uses Strava for her runs", (("ORG_KEEP", "Peloton"), ("ORG_KEEP", "Strava"))),
    ("My name's Oluwaseun Adeyemi, but everyone calls me Seun.", (("PERSON", "Oluwaseun Adeyemi"), ("PERSON", "Seun"))),
    ("i spoke to a lady called bernadette who sorted the whole thing out", (("PERSON", "bernadette"),)),
    ("Our accountant, Mr Kowalczyk, does the year end for us.", (("PERSON", "Kowalczyk"),)),
    ("yes it was declan from the london office who set it up", (("PERSON", "declan"),)),
    ("Ask for Priyanka on the front desk, she knows the account.", (("PERSON", "Priyanka"),)),
    ("you can reach me on zero two zero seven nine four six one three eight eight", (("PHONE", "zero two zero seven nine four six one three eight eight"),)),
    ("We sold about sixty units in March, mostly through Amazon.", (("ORG_KEEP", "Amazon"),)),
    ("The Leeds office handles the north and Bristol does the rest.", ()),
    ("I'll be honest, the bill for March was a shock.", ()),
    ("we use monday dot com for the rota and slack for everything else", (("ORG_KEEP", "monday dot com"), ("ORG_KEEP", "slack"))),
    # a second batch that day, e-mail addresses only: a city's domain ("dot london") was missed
    ("anna underscore b at proton dot me is the one i check", (("EMAIL", "anna underscore b at proton dot me"),)),
    ("It's mike at mikes plumbing dot co dot uk.", (("EMAIL", "mike at mikes plumbing dot co dot uk"),)),
    ("my email is fiona at fionas flowers dot ie", (("EMAIL", "fiona at fionas flowers dot ie"),)),
    ("laura hyphen jones at btinternet dot com, hyphen in the middle", (("EMAIL", "laura hyphen jones at btinternet dot com"),)),
    ("Write to contact at the studio dot london and it gets to me.", (("EMAIL", "contact at the studio dot london"),)),
    ("you can use p.kumar@nhs.net for anything official", (("EMAIL", "p.kumar@nhs.net"),)),
    ("the work one is rk at brightside dash consulting dot com dot au", (("EMAIL", "rk at brightside dash consulting dot com dot au"),)),
    ("Just drop a line to hello@oakandember.co.uk.", (("EMAIL", "hello@oakandember.co.uk"),)),
    ("it's bob 99 at aol dot com, old school I know", (("EMAIL", "bob 99 at aol dot com"),)),
    ("Email me on s dot ahmed at icloud dot com.", (("EMAIL", "s dot ahmed at icloud dot com"),)),
    ("we moved the shop's mail to fastmail last year", ()),
    ("The booking confirmation came from noreply at the hotel's site.", ()),
    # a third batch: "dot ac dot uk" left the local part and its name behind, "dot events" was
    # missed, "the gym dot com website" was an address
    ("it's m dot o'neill at hot mail dot co dot uk", (("EMAIL", "m dot o'neill at hot mail dot co dot uk"),)),
    ("Send it to grace at sign wildflower dot org dot uk.", (("EMAIL", "grace at sign wildflower dot org dot uk"),)),
    ("my university one is j dot okoro at leeds dot ac dot uk", (("EMAIL", "j dot okoro at leeds dot ac dot uk"),)),
    ("You can email Tariq at out look dot com, T A R I Q.", (("EMAIL", "Tariq at out look dot com"), ("PERSON", "T A R I Q"))),
    ("its sam underscore lee two three at g mail dot com", (("EMAIL", "sam underscore lee two three at g mail dot com"),)),
    ("The address is orders AT kiwi crafts dot co dot nz.", (("EMAIL", "orders AT kiwi crafts dot co dot nz"),)),
    ("email is mary-jane.price@fastmail.fm", (("EMAIL", "mary-jane.price@fastmail.fm"),)),
    ("we set up bookings at the barn dot events for the wedding enquiries", (("EMAIL", "bookings at the barn dot events"),)),
    ("Reach me at raj dot patel at zoho dot com any time.", (("EMAIL", "raj dot patel at zoho dot com"),)),
    ("I signed up at the gym dot com website in January", ()),
    # a fourth batch, names: "the surname is Smith-Jones", "our office manager, Gurpreet,",
    # "mr hendricks" in lower case were missed
    ("hi this is nadia calling back about the invoice", (("PERSON", "nadia"),)),
    ("Siobhan O'Brien in our accounts team handles the refunds.", (("PERSON", "Siobhan O'Brien"),)),
    ("my colleague's name is wei zhang, he set up the integration", (("PERSON", "wei zhang"),)),
    ("That's Kate, K-A-T-E, and the surname is Smith-Jones.", (("PERSON", "Kate"), ("PERSON", "K-A-T-E"), ("PERSON", "Smith-Jones"))),
    ("so i rang and a chap called callum picked up straight away", (("PERSON", "callum"),)),
    ("Our office manager, Gurpreet, books all the rooms.", (("PERSON", "Gurpreet"),)),
    ("cheers jo, speak soon", (("PERSON", "jo"),)),
    ("I dealt with a lovely woman called Maureen at the branch.", (("PERSON", "Maureen"),)),
    ("yeah mr hendricks the old owner used to do all this by hand", (("PERSON", "hendricks"),)),
    ("My partner Tomasz does the deliveries and I do the books.", (("PERSON", "Tomasz"),)),
    ("We sell a lot of rose gold jewellery around Christmas.", ()),
    ("I'll be frank with you, the price put us off at first.", ()),
    ("Can you mark the order as urgent?", ()),
    ("We trialled Pipedrive before going with HubSpot.", (("ORG_KEEP", "Pipedrive"), ("ORG_KEEP", "HubSpot"))),
    # Fifth batch (e-mail addresses and the sites and providers around them), written 2026-12-05 and
    # scored before any rule saw it: e-mail 11/12, precision 0.867, names kept 1/2 ("found them at
    # trustpilot dot com" read as an address, "the invoice came from noreply at..." taken whole).
    ("yeah it's m.okafor at gmail.com", (("EMAIL", "m.okafor at gmail.com"),)),
    ("My email is Sam Patel at Outlook.com.", (("EMAIL", "Sam Patel at Outlook.com"),)),
    ("Email address, uh, jenny underscore lee 22 at yahoo.co.uk", (("EMAIL", "jenny underscore lee 22 at yahoo.co.uk"),)),
    ("send it to accounts@harbour-dental.co.uk please", (("EMAIL", "accounts@harbour-dental.co.uk"),)),
    ("its priya at the rate of rediffmail dot com", (("EMAIL", "priya at the rate of rediffmail dot com"),)),
    ("You can use finn.obrien@live.ie for anything like that.", (("EMAIL", "finn.obrien@live.ie"),)),
    (
        "the address is bookings at sea view cottages dot co dot uk",
        (("EMAIL", "bookings at sea view cottages dot co dot uk"),),
    ),
    ("I'm on w.chen at qq dot com for that", (("EMAIL", "w.chen at qq dot com"),)),
    ("contact me via lena dot fischer at gmx dot de", (("EMAIL", "lena dot fischer at gmx dot de"),)),
    ("Email me, it's carlos ruiz at hotmail dot es.", (("EMAIL", "carlos ruiz at hotmail dot es"),)),
    ("the receipts went to my old address tom at tomsvans dot co dot uk", (("EMAIL", "tom at tomsvans dot co dot uk"),)),
    ("It's Aisha, A-I-S-H-A, at icloud.com", (("PERSON", "Aisha"), ("EMAIL", "A-I-S-H-A, at icloud.com"))),
    ("I emailed support at 9 and they replied at lunch", ()),
    ("we're on gmail at work but outlook at home", ()),
    ("I found them at trustpilot dot com actually", (("ORG_KEEP", "trustpilot"),)),
    ("we moved from hotmail to gmail last year", ()),
    ("check the faq at help dot ledgerly dot com", (("ORG_KEEP", "ledgerly"),)),
    ("the invoice came from noreply at stripe dot com, which looked like spam", (("EMAIL", "noreply at stripe dot com"),)),
    # Sixth batch (e-mail addresses), written 2026-12-05 (late session) together with the held-out
    # part's second e-mail batch, before either was scored.
    ("my work email is r.adeyemi@northfield-logistics.com", (("EMAIL", "r.adeyemi@northfield-logistics.com"),)),
    ("it's kate dot o'neill at btinternet dot com", (("EMAIL", "kate dot o'neill at btinternet dot com"),)),
    ("Best to email hello at the little bakehouse dot co dot uk.", (("EMAIL", "hello at the little bakehouse dot co dot uk"),)),
    ("you can reach me on dan hyphen morris at proton dot me", (("EMAIL", "dan hyphen morris at proton dot me"),)),
    ("My email's Grace.Wu88@yahoo.com, all one word.", (("EMAIL", "Grace.Wu88@yahoo.com"),)),
    ("uh the email is p k sharma at gmail dot com", (("EMAIL", "p k sharma at gmail dot com"),)),
    ("Send the quote to office at brightsparks electrical dot com", (("EMAIL", "office at brightsparks electrical dot com"),)),
    ("it's j underscore walsh at icloud dot com yeah", (("EMAIL", "j underscore walsh at icloud dot com"),)),
    ("email is martina.rossi at libero.it", (("EMAIL", "martina.rossi at libero.it"),)),
    (
        "yeah so it's tunde, t-u-n-d-e, at hotmail dot co dot uk",
        (("PERSON", "tunde"), ("EMAIL", "t-u-n-d-e, at hotmail dot co dot uk")),
    ),
    ("I use the email we set up, bookings@riversidevets.co.uk", (("EMAIL", "bookings@riversidevets.co.uk"),)),
    ("we get about forty emails a day at peak", ()),
    ("the newsletter from canva dot com is actually useful", ((KEEP, "canva"),)),
    ("I log in at app dot freeagent dot com every morning", ((KEEP, "freeagent"),)),
    ("my email provider is Proton, I switched from Gmail", ()),
    ("they sent it at 9 am from the head office", ()),
]

HELD_OUT: list[Sentence] = [
    # --- with personal data ---
    (
        "hi my name is daniel mwangi and my number is oh seven nine double one two three four five six seven",
        (("PERSON", "daniel mwangi"), ("PHONE", "oh seven nine double one two three four five six seven")),
    ),
    ("Yes, it's Claire Dubois, C-L-A-I-R-E.", (("PERSON", "Claire Dubois"), ("PERSON", "C-L-A-I-R-E"))),
    (
        "The best address is ana.silva@hotmail.com for anything urgent.",
        (("EMAIL", "ana.silva@hotmail.com"),),
    ),
    (
        "just email me its kenji dot nakamura at yahoo dot co dot jp",
        (("EMAIL", "kenji dot nakamura at yahoo dot co dot jp"),),
    ),
    ("it's tom okonkwo at gmail.com no dot between", (("EMAIL", "tom okonkwo at gmail.com"),)),
    ("or you can use p gupta at outlook dot com", (("EMAIL", "p gupta at outlook dot com"),)),
    (
        "Hello, I'm Zeynep Yilmaz, operations lead at a small logistics firm.",
        (("PERSON", "Zeynep Yilmaz"),),
    ),
    ("so I emailed Bogdan in support and never heard back", (("PERSON", "Bogdan"),)),
    ("My mobile is 07700 900 781, texts are best", (("PHONE", "07700 900 781"),)),
    ("The number is 0 7 9 4 6 1 2 0 8 8 3", (("PHONE", "0 7 9 4 6 1 2 0 8 8 3"),)),
    (
        "our main line is plus four four one six one four nine six zero nine one two",
        (("PHONE", "plus four four one six one four nine six zero nine one two"),),
    ),
    (
        "I gave them my card, 4716 2039 8810 5524, over the phone.",
        (("CARD", "4716 2039 8810 5524"),),
    ),
    (
        "the card number is five two one nine four four three one double seven eight two six oh one five",
        (("CARD", "five two one nine four four three one double seven eight two six oh one five"),),
    ),
    (
        "The sort code is 30-94-57 and the account is 71830264.",
        (("BANK", "30-94-57"), ("BANK", "71830264")),
    ),
    (
        "our IBAN is FR76 3000 6000 0112 3456 7890 189 for the euro payments",
        (("BANK", "FR76 3000 6000 0112 3456 7890 189"),),
    ),
    ("We're at 3 Mill Lane, Norwich now, since the spring.", (("ADDRESS", "3 Mill Lane, Norwich"),)),
    (
        "it got delivered to twenty seven oak avenue which is next door",
        (("ADDRESS", "twenty seven oak avenue"),),
    ),
    ("My National Insurance number is JT 55 82 14 B, if you need it.", (("ID", "JT 55 82 14 B"),)),
    ("they wanted my social, 634-21-0987, just to reset a password", (("ID", "634-21-0987"),)),
    ("hi it's Lerato Dlamini from the Durban branch", (("PERSON", "Lerato Dlamini"),)),
    (
        "Normally I deal with Giulia Bianchi, she's our rep at HubSpot.",
        (("PERSON", "Giulia Bianchi"), (KEEP, "HubSpot")),
    ),
    ("bill set up the whole sage account before he left", (("PERSON", "bill"), (KEEP, "sage"))),
    ("Hope from onboarding walked us through it, she was great", (("PERSON", "Hope"),)),
    (
        "Patrick Boateng, our finance director, signed off on Xero.",
        (("PERSON", "Patrick Boateng"), (KEEP, "Xero")),
    ),
    ("yeah rob does the reconciliations every friday", (("PERSON", "rob"),)),
    (
        "Send it to m.wojcik@wojcik-electrical.pl, that's my work address.",
        (("EMAIL", "m.wojcik@wojcik-electrical.pl"),),
    ),
    ("its a nowak at nowak transport dot p l", (("EMAIL", "a nowak at nowak transport dot p l"),)),
    (
        "my name's Chukwuemeka Eze, that's C-H-U-K-W-U-E-M-E-K-A",
        (("PERSON", "Chukwuemeka Eze"), ("PERSON", "C-H-U-K-W-U-E-M-E-K-A")),
    ),
    (
        "It's Siobhan, and the surname is M-A-C-L-E-O-D.",
        (("PERSON", "Siobhan"), ("PERSON", "M-A-C-L-E-O-D")),
    ),
    ("so its mei lin zhang m e i", (("PERSON", "mei lin zhang"), ("PERSON", "m e i"))),
    ("ring me on +44 7700 900 238 after lunch.", (("PHONE", "+44 7700 900 238"),)),
    (
        "the old number was oh two nine two oh one eight three seven four six which is the shop",
        (("PHONE", "oh two nine two oh one eight three seven four six"),),
    ),
    (
        "yeah my mobile's 07700900915 but WhatsApp is better",
        (("PHONE", "07700900915"), (KEEP, "WhatsApp")),
    ),
    (
        "Our previous address was 56 Castle Street, Edinburgh EH2 3AH, and they still send post there.",
        (("ADDRESS", "56 Castle Street, Edinburgh EH2 3AH"),),
    ),
    (
        "we're at a hundred and five station road bedford now",
        (("ADDRESS", "a hundred and five station road bedford"),),
    ),
    ("Pieter van der Berg signed the contract, I just log in", (("PERSON", "Pieter van der Berg"),)),
    ("I think Tariq Hussain did our migration, he was very patient.", (("PERSON", "Tariq Hussain"),)),
    ("my wife nkechi pays it on her card", (("PERSON", "nkechi"),)),
    (
        "Yes, the card was 6011 0009 9013 9424, the Discover one.",
        (("CARD", "6011 0009 9013 9424"), (KEEP, "Discover")),
    ),
    ("card number's 5105-1051-0510-5100 and it expires in June", (("CARD", "5105-1051-0510-5100"),)),
    (
        "account number six four two nine one three oh eight sort code two three one four seven oh",
        (("BANK", "six four two nine one three oh eight"), ("BANK", "two three one four seven oh")),
    ),
    ("Please use NL91 ABNA 0417 1643 00 for the transfer.", (("BANK", "NL91 ABNA 0417 1643 00"),)),
    (
        "he read my NI number out loud, NE 73 19 42 A, in front of everyone!",
        (("ID", "NE 73 19 42 A"),),
    ),
    (
        "my national insurance number is p r two nine four four seven one b",
        (("ID", "p r two nine four four seven one b"),),
    ),
    (
        "I'm Oksana Petrenko, and our studio is at 31 Queen Street.",
        (("PERSON", "Oksana Petrenko"), ("ADDRESS", "31 Queen Street")),
    ),
    ("hey yeah its marco ferrari here", (("PERSON", "marco ferrari"),)),
    (
        "my colleague Astrid Nilsson at astrid.nilsson@polarlog.no handles that",
        (("PERSON", "Astrid Nilsson"), ("EMAIL", "astrid.nilsson@polarlog.no")),
    ),
    (
        "Can I spell it? S-A-O-I-R-S-E, Saoirse Kennedy.",
        (("PERSON", "S-A-O-I-R-S-E"), ("PERSON", "Saoirse Kennedy")),
    ),
    (
        "text me on seven nine double one four double six two eight three",
        (("PHONE", "seven nine double one four double six two eight three"),),
    ),
    (
        "The courier kept calling 0131 496 0271 instead of my mobile.",
        (("PHONE", "0131 496 0271"),),
    ),
    ("oh and my SSN is 452 19 7763 for the tax form", (("ID", "452 19 7763"),)),
    ("my social is five five three two eight four one oh six", (("ID", "five five three two eight four one oh six"),)),
    (
        "Our registered office is 88 Deansgate, Manchester M3 2BW.",
        (("ADDRESS", "88 Deansgate, Manchester M3 2BW"),),
    ),
    ("I was living at 14 calle Mayor in Madrid then", (("ADDRESS", "14 calle Mayor"),)),
    (
        "tell ayesha i said thanks she fixed the hubspot sync",
        (("PERSON", "ayesha"), (KEEP, "hubspot")),
    ),
    ("Professor Nakashima told us about the tool, oddly enough.", (("PERSON", "Nakashima"),)),
    ("Mr Adebayo from finance rang about it", (("PERSON", "Adebayo"),)),
    (
        "It's lucas.martin+receipts@proton.me, with the plus sign.",
        (("EMAIL", "lucas.martin+receipts@proton.me"),),
    ),
    (
        "email me at ana at costa design studio dot com",
        (("EMAIL", "ana at costa design studio dot com"),),
    ),
    ("Yeah it's an icloud, seo.yeon.kim@icloud.com", (("EMAIL", "seo.yeon.kim@icloud.com"),)),
    (
        "My husband, Dmitri, uses Revolut, so we pay through that.",
        (("PERSON", "Dmitri"), (KEEP, "Revolut")),
    ),
    ("the account is under my brothers name faisal rahman", (("PERSON", "faisal rahman"),)),
    (
        "ok the card is 4 5 5 6 7 3 7 5 8 6 8 9 9 8 5 5 and I won't give the CVV",
        (("CARD", "4 5 5 6 7 3 7 5 8 6 8 9 9 8 5 5"),),
    ),
    (
        "It's Roisin Murphy, and my direct line is 0117 496 0385.",
        (("PERSON", "Roisin Murphy"), ("PHONE", "0117 496 0385")),
    ),
    (
        "we moved the warehouse to sixty one king edward road last year",
        (("ADDRESS", "sixty one king edward road"),),
    ),
    (
        "Morgan Price sorted the QuickBooks setup for us",
        (("PERSON", "Morgan Price"), (KEEP, "QuickBooks")),
    ),
    ("I asked for Joy because she knew our setup", (("PERSON", "Joy"),)),
    (
        "bank details sort code eighty double two one four account five nine oh three seven one two eight",
        (("BANK", "eighty double two one four"), ("BANK", "five nine oh three seven one two eight")),
    ),
    ("The SSN they had was 318-72-6645, which isn't mine.", (("ID", "318-72-6645"),)),
    ("account no. 68301947, sort code 16-58-10", (("BANK", "68301947"), ("BANK", "16-58-10"))),
    ("thats me khalid mansour", (("PERSON", "khalid mansour"),)),
    ("Hi, Ines here, I manage the shop.", (("PERSON", "Ines"),)),
    (
        "you can reach matteo on plus three nine three four seven one two three four five six seven",
        (("PERSON", "matteo"), ("PHONE", "plus three nine three four seven one two three four five six seven")),
    ),
    ("Her email's k.andersen at mail dot dk I think", (("EMAIL", "k.andersen at mail dot dk"),)),
    (
        "The receipt went to olga.novak@brightpath.io instead of the team inbox.",
        (("EMAIL", "olga.novak@brightpath.io"),),
    ),
    ("my mobile is +44 (0)7700 900 354 if that's easier", (("PHONE", "+44 (0)7700 900 354"),)),
    (
        "The card I used was 4024 0071 8342 6695, and it's registered to 19 Birch Grove, Sheffield S10 2HQ.",
        (("CARD", "4024 0071 8342 6695"), ("ADDRESS", "19 Birch Grove, Sheffield S10 2HQ")),
    ),
    (
        "the replacement card is five four one two seven five double oh two three nine one eight four six six",
        (("CARD", "five four one two seven five double oh two three nine one eight four six six"),),
    ),
    (
        "my NI number's WP 61 38 05 C and I'm at 72 Nelson Street",
        (("ID", "WP 61 38 05 C"), ("ADDRESS", "72 Nelson Street")),
    ),
    # --- without personal data (hard negatives) ---
    ("we're based in bristol and most of our work is in the south west", ()),
    ("We pay about sixty pounds a month for Xero, all in.", ((KEEP, "Xero"),)),
    ("it took two months to get the HubSpot import right", ((KEEP, "HubSpot"),)),
    ("To be frank, the support was slow and nobody owned the problem.", ()),
    ("the bill went up again in april and nobody told us", ()),
    ("then you mark it as reconciled and it drops off the list", ()),
    ("Since version 4.1 the reports load in about two seconds.", ()),
    ("We ordered like ten or eleven boxes, and three never arrived", ()),
    ("We moved from QuickBooks to Sage last autumn.", ((KEEP, "QuickBooks"), (KEEP, "Sage"))),
    (
        "Salesforce was overkill so we went with Pipedrive instead",
        ((KEEP, "Salesforce"), (KEEP, "Pipedrive")),
    ),
    ("we use just eat for the office lunch on wednesdays", ((KEEP, "just eat"),)),
    ("Our van insurance is with Admiral, has been for ages.", ((KEEP, "Admiral"),)),
    ("honestly Starling is the best business account we've had", ((KEEP, "Starling"),)),
    ("they promised a reply within 24 hours and it took nine days.", ()),
    ("there are about thirty of us across two sites", ()),
    ("The price jumped from £12 to £19 per user overnight.", ()),
    ("We're a tiny team in Glasgow, four of us, all part time", ()),
    ("we will probably renew but the price needs to come down", ()),
    ("Could you leave our company name out of the report?", ()),
    ("the card reader came in rose gold which nobody asked for", ()),
    ("Ben & Jerry's is one of our bigger wholesale customers.", ((KEEP, "Ben & Jerry's"),)),
    ("we bank with Barclays and the bank feed drops out constantly", ((KEEP, "Barclays"),)),
    ("It's maybe 40 minutes from the airport to the depot", ()),
    ("The Sydney team is on a different plan, the Enterprise one I think.", ()),
    (
        "we tried Zoho, then Odoo, then settled on Tallybook",
        ((KEEP, "Zoho"), (KEEP, "Odoo"), (KEEP, "Tallybook")),
    ),
    ("Our broadband from BT costs more than this software does.", ((KEEP, "BT"),)),
    ("long story short we switched accountants twice this year", ()),
    ("The new card should arrive in 7 to 10 days apparently", ()),
    ("section 3.2 of the help centre says to clear the cache, didn't work", ()),
    ("we ship about five hundred parcels a week through etsy", ((KEEP, "etsy"),)),
    ("Google Workspace is where all our invoices end up.", ((KEEP, "Google Workspace"),)),
    ("the 2021 release was better honestly, before the redesign", ()),
    (
        "we looked at cashwise and ledgerline but neither did payroll",
        ((KEEP, "cashwise"), (KEEP, "ledgerline")),
    ),
    ("Wise handles our international payments, and it's cheap.", ((KEEP, "Wise"),)),
    ("the april figures were way off because of the easter bank holiday", ()),
    ("Ticket number 448213 is still open, as far as I know.", ()),
    # A second e-mail batch, written 2026-12-05 (late session) with the tuning part's sixth batch,
    # before either was scored: measured, never tuned on.
    ("my email is l.nakamura@fastmail.com", (("EMAIL", "l.nakamura@fastmail.com"),)),
    ("it's ben dot carter at virgin media dot com", (("EMAIL", "ben dot carter at virgin media dot com"),)),
    ("Email me at info at oakwood joinery dot co dot uk.", (("EMAIL", "info at oakwood joinery dot co dot uk"),)),
    ("it's s hyphen ahmed at outlook dot com", (("EMAIL", "s hyphen ahmed at outlook dot com"),)),
    ("My address is Olivia.Grant77@gmail.com.", (("EMAIL", "Olivia.Grant77@gmail.com"),)),
    ("yeah the email is r j patel at yahoo dot co dot uk", (("EMAIL", "r j patel at yahoo dot co dot uk"),)),
    ("send the invoices to finance at clearwater studios dot com", (("EMAIL", "finance at clearwater studios dot com"),)),
    ("it's m underscore kowalski at wp dot pl", (("EMAIL", "m underscore kowalski at wp dot pl"),)),
    ("email is hugo.lambert at orange.fr", (("EMAIL", "hugo.lambert at orange.fr"),)),
    ("I'm on anna at annabelphotography dot com", (("EMAIL", "anna at annabelphotography dot com"),)),
    ("the booking confirmation went to dave.h@sky.com", (("EMAIL", "dave.h@sky.com"),)),
    ("Contact is sophie dot turner 1990 at hotmail dot com.", (("EMAIL", "sophie dot turner 1990 at hotmail dot com"),)),
    ("I get too many emails from you at the weekend", ()),
    ("the help pages on zendesk dot com were no use", ((KEEP, "zendesk"),)),
    ("we moved everything over to Outlook from Gmail in May", ()),
    ("I signed up at shopify dot com back in 2019", ((KEEP, "shopify"),)),
]

PARTS: dict[str, list[Sentence]] = {"tuning": TUNING, "held_out": HELD_OUT}


def has_personal_data(sentence: Sentence) -> bool:
    """Whether the sentence has at least one personal-data span (ORG_KEEP spans do not count)."""
    return any(kind in TYPES for kind, _ in sentence[1])


def style(text: str, spans: tuple[Span, ...] = ()) -> str:
    """``lower`` (no capitals, no punctuation), ``punctuated`` (capital first, ends in . ? !) or
    ``mixed``; punctuation inside spans ("gmail.com", "20-32-06") does not count."""
    rest = text
    for _, span in spans:
        rest = rest.replace(span, " ")
    if text == text.lower() and not re.search(r"[,.?!;:]", rest):
        return "lower"
    if text[0].isupper() and text[-1] in ".?!":
        return "punctuated"
    return "mixed"


def summary() -> str:
    """Per part: sentences, how many without personal data, styles, and spans per type."""
    lines = []
    for name, part in PARTS.items():
        clean = sum(not has_personal_data(s) for s in part)
        styles = Counter(style(text, spans) for text, spans in part)
        spans = Counter(kind for _, sentence_spans in part for kind, _ in sentence_spans)
        with_type = Counter(kind for _, sentence_spans in part for kind in {k for k, _ in sentence_spans})
        lines.append(
            f"{name}: {len(part)} sentences, {clean} without personal data ({clean / max(len(part), 1):.0%})"
        )
        lines.append("  styles: " + ", ".join(f"{k} {styles[k]}" for k in ("lower", "punctuated", "mixed")))
        lines.append(
            "  spans (sentences): "
            + ", ".join(f"{k} {spans[k]} ({with_type[k]})" for k in (*TYPES, KEEP))
        )
    return "\n".join(lines)


def check() -> list[str]:
    """Problems with the data (empty when none)."""
    problems = []
    seen: dict[str, str] = {}
    values: dict[str, set[str]] = {}
    for name, part in PARTS.items():
        if len(part) < MIN_SENTENCES:
            problems.append(f"{name}: {len(part)} sentences, under {MIN_SENTENCES}")
        values[name] = set()
        for item in part:
            if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], tuple)):
                problems.append(f"{name}: not a (text, spans) pair: {item!r}")
                continue
            text, spans = item
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{name}: empty text: {item!r}")
                continue
            key = " ".join(text.lower().split())
            if key in seen:
                problems.append(f"{name}: duplicate sentence (also in {seen[key]}): {text!r}")
            seen[key] = name
            taken: list[tuple[int, int]] = []
            for span in spans:
                if not (isinstance(span, tuple) and len(span) == 2):
                    problems.append(f"{name}: not a (type, text) span {span!r}: {text!r}")
                    continue
                kind, value = span
                if kind not in TYPES and kind != KEEP:
                    problems.append(f"{name}: unknown type {kind!r}: {text!r}")
                if not isinstance(value, str) or not value or value != value.strip():
                    problems.append(f"{name}: empty or padded span {value!r}: {text!r}")
                    continue
                count = text.count(value)
                if count == 0:
                    problems.append(f"{name}: span {value!r} not a substring: {text!r}")
                    continue
                if count > 1:
                    problems.append(f"{name}: span {value!r} occurs {count} times: {text!r}")
                start = text.index(value)
                end = start + len(value)
                if any(start < e and s < end for s, e in taken):
                    problems.append(f"{name}: span {value!r} overlaps another: {text!r}")
                taken.append((start, end))
                if kind in TYPES:
                    values[name].add(value.lower())
    for value in sorted(values.get("tuning", set()) & values.get("held_out", set())):
        problems.append(f"personal-data span {value!r} in both tuning and held_out")
    return problems
