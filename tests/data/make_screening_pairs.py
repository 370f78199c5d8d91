"""Writes screening-pairs.csv: labelled (guest, listed entry) pairs for the screening
evaluation. Run from the repository root: ``python tests/data/make_screening_pairs.py``.

Every spelling below is one that a public source gives for the person (see
SOURCES.md, keyed by the ``source`` column): Wikipedia articles in English, French
and German (which write Russian and Arabic names each in their own way), the
romanisation tables of ISO 9, BGN/PCGN, Wade–Giles, Revised Romanisation and
McCune–Reischauer, and the EU consolidated list excerpt in shared/data. Birth
dates are those the articles give. The "different" pairs are other people:
relatives and namesakes with other birth dates, common names met again with
another birth year, sex or nationality, and unrelated names alike in spelling.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

OUT = Path(__file__).with_name("screening-pairs.csv")
COLUMNS = ("guest_name", "guest_birth_date", "guest_nationality", "guest_gender",
           "listed_names", "listed_birth_dates", "listed_nationalities", "listed_gender",
           "label", "category", "source")

# A listed person: names as a list writes them, birth dates, nationalities, gender, and
# the guest spellings: (name, category, source).
PEOPLE = [
    dict(listed=["Sergei Kuzhugetovich SHOIGU", "Сергей Кужугетович Шойгу"], born=["1955-05-21"],
         nat="RU", sex="M", variants=[
             ("Sergey Shoygu", "transliteration-cyrillic", "bgn-pcgn"),
             ("Sergej Šojgu", "transliteration-cyrillic", "iso9"),
             ("Serguei Choïgou", "transliteration-cyrillic", "wiki-fr"),
             ("Sergei Schoigu", "transliteration-cyrillic", "wiki-de"),
             ("Shoigu Sergei Kuzhugetovich", "name-order", "wiki-en"),
             ("S. Shoigu", "initials", "wiki-en"),
             ("генерал Сергей Шойгу", "title-other-script", "wiki-ru"),
             ("Сергей Шойгу", "script", "wiki-ru")]),
    dict(listed=["Yevgeniy Viktorovich PRIGOZHIN", "Евгений Викторович Пригожин"],
         born=["1961-06-01"], nat="RU", sex="M", variants=[
             ("Evgeny Prigozhin", "transliteration-cyrillic", "wiki-en"),
             ("Evgueni Prigojine", "transliteration-cyrillic", "wiki-fr"),
             ("Jewgeni Prigoschin", "transliteration-cyrillic", "wiki-de"),
             ("Evgenij Prigožin", "transliteration-cyrillic", "iso9"),
             ("Yevgeny Prigozhin", "transliteration-cyrillic", "bgn-pcgn"),
             ("PRIGOZHIN Yevgeniy", "name-order", "eu-list-style"),
             ("Y. V. Prigozhin", "initials", "wiki-en")]),
    dict(listed=["Vladimir Vladimirovich PUTIN", "Владимир Владимирович Путин"],
         born=["1952-10-07"], nat="RU", sex="M", variants=[
             ("V. Putin", "initials", "wiki-en"),
             ("Wladimir Putin", "transliteration-cyrillic", "wiki-de"),
             ("Vladimir Poutine", "transliteration-cyrillic", "wiki-fr"),
             ("Putin Vladimir Vladimirovich", "name-order", "eu-list-style"),
             ("Vladimír Putin", "diacritics", "wiki-cs"),
             ("W. W. Putin", "initials", "wiki-de"),
             ("Путин В. В.", "initials", "wiki-ru"),
             ("Президент Владимир Путин", "title-other-script", "wiki-ru")]),
    dict(listed=["Sergey Viktorovich LAVROV", "Сергей Викторович Лавров"], born=["1950-03-21"],
         nat="RU", sex="M", variants=[
             ("Sergei Lawrow", "transliteration-cyrillic", "wiki-de"),
             ("Sergueï Lavrov", "transliteration-cyrillic", "wiki-fr"),
             ("Sergej Lavrov", "transliteration-cyrillic", "iso9"),
             ("LAVROV Sergei", "name-order", "eu-list-style"),
             ("министр Сергей Лавров", "title-other-script", "wiki-ru")]),
    dict(listed=["Dmitry Anatolyevich MEDVEDEV", "Дмитрий Анатольевич Медведев"],
         born=["1965-09-14"], nat="RU", sex="M", variants=[
             ("Dmitri Medwedew", "transliteration-cyrillic", "wiki-de"),
             ("Dmitrij Medvedev", "transliteration-cyrillic", "iso9"),
             ("Dmitriy Medvedev", "transliteration-cyrillic", "bgn-pcgn"),
             ("Dmitri Medvedev", "transliteration-cyrillic", "wiki-fr"),
             ("Medvedev Dmitry Anatolyevich", "name-order", "eu-list-style")]),
    dict(listed=["Aliaksandr Ryhoravich LUKASHENKA", "Аляксандр Рыгоравіч Лукашэнка",
                 "Alexander Grigoryevich LUKASHENKO", "Александр Григорьевич Лукашенко"],
         born=["1954-08-30"], nat="BY", sex="M", variants=[
             ("Aleksandr Lukashenko", "transliteration-cyrillic", "bgn-pcgn"),
             ("Alexandre Loukachenko", "transliteration-cyrillic", "wiki-fr"),
             ("Alexander Lukaschenko", "transliteration-cyrillic", "wiki-de"),
             ("Alyaksandr Lukashenka", "transliteration-cyrillic", "bgn-pcgn"),
             ("Lukashenko Alexander", "name-order", "wiki-en")]),
    dict(listed=["Ramzan Akhmadovich KADYROV", "Рамзан Ахматович Кадыров"], born=["1976-10-05"],
         nat="RU", sex="M", variants=[
             ("Ramsan Kadyrow", "transliteration-cyrillic", "wiki-de"),
             ("Ramzan Kadyrov", "transliteration-cyrillic", "wiki-en"),
             ("Ramzan Kadyrov", "transliteration-cyrillic", "wiki-fr"),
             ("KADYROV Ramzan", "name-order", "eu-list-style")]),
    dict(listed=["Igor Ivanovich SECHIN", "Игорь Иванович Сечин"], born=["1960-09-07"], nat="RU",
         sex="M", variants=[
             ("Igor Setschin", "transliteration-cyrillic", "wiki-de"),
             ("Igor Setchine", "transliteration-cyrillic", "wiki-fr"),
             ("Igor' Sečin", "transliteration-cyrillic", "iso9"),
             ("I. I. Sechin", "initials", "wiki-en")]),
    dict(listed=["Roman Arkadyevich ABRAMOVICH", "Роман Аркадьевич Абрамович"],
         born=["1966-10-24"], nat="RU", sex="M", variants=[
             ("Roman Abramowitsch", "transliteration-cyrillic", "wiki-de"),
             ("Roman Abramovitch", "transliteration-cyrillic", "wiki-fr"),
             ("Roman Abramovič", "transliteration-cyrillic", "iso9"),
             ("Abramovich Roman", "name-order", "wiki-en")]),
    dict(listed=["Alisher Burkhanovich USMANOV", "Алишер Бурханович Усманов"],
         born=["1953-09-09"], nat="RU", sex="M", variants=[
             ("Alischer Usmanow", "transliteration-cyrillic", "wiki-de"),
             ("Alicher Ousmanov", "transliteration-cyrillic", "wiki-fr"),
             ("Alisher Usmanov", "transliteration-cyrillic", "wiki-en")]),
    dict(listed=["Viktor Fedorovych YANUKOVYCH", "Віктор Федорович Янукович"],
         born=["1950-07-09"], nat="UA", sex="M", variants=[
             ("Viktor Yanukovich", "transliteration-cyrillic", "wiki-en"),
             ("Wiktor Janukowytsch", "transliteration-cyrillic", "wiki-de"),
             ("Viktor Ianoukovytch", "transliteration-cyrillic", "wiki-fr"),
             ("Viktor Janukovyč", "transliteration-cyrillic", "iso9"),
             ("Віктор Янукович", "script", "wiki-uk")]),
    dict(listed=["Maria Vladimirovna ZAKHAROVA", "Мария Владимировна Захарова"],
         born=["1975-12-24"], nat="RU", sex="F", variants=[
             ("Mariya Zakharova", "transliteration-cyrillic", "bgn-pcgn"),
             ("Maria Sacharowa", "transliteration-cyrillic", "wiki-de"),
             ("Marija Zaharova", "transliteration-cyrillic", "iso9"),
             ("Maria Zakharova", "transliteration-cyrillic", "wiki-en")]),
    dict(listed=["Elvira Sakhipzadovna NABIULLINA", "Эльвира Сахипзадовна Набиуллина"],
         born=["1963-10-29"], nat="RU", sex="F", variants=[
             ("Elwira Nabiullina", "transliteration-cyrillic", "wiki-de"),
             ("Elvira Nabioullina", "transliteration-cyrillic", "wiki-fr"),
             ("El'vira Nabiullina", "transliteration-cyrillic", "iso9")]),
    dict(listed=["Gennady Nikolayevich TIMCHENKO", "Геннадий Николаевич Тимченко"],
         born=["1952-11-09"], nat="RU", sex="M", variants=[
             ("Gennadiy Timchenko", "transliteration-cyrillic", "bgn-pcgn"),
             ("Guennadi Timtchenko", "transliteration-cyrillic", "wiki-fr"),
             ("Gennadi Timtschenko", "transliteration-cyrillic", "wiki-de"),
             ("Gennadij Timčenko", "transliteration-cyrillic", "iso9")]),
    dict(listed=["Yury Valentinovich KOVALCHUK", "Юрий Валентинович Ковальчук"],
         born=["1951-07-25"], nat="RU", sex="M", variants=[
             ("Yuri Kovalchuk", "transliteration-cyrillic", "wiki-en"),
             ("Iouri Kovaltchouk", "transliteration-cyrillic", "wiki-fr"),
             ("Juri Kowaltschuk", "transliteration-cyrillic", "wiki-de"),
             ("Jurij Koval'čuk", "transliteration-cyrillic", "iso9")]),
    dict(listed=["Nikolai Platonovich PATRUSHEV", "Николай Платонович Патрушев"],
         born=["1951-07-11"], nat="RU", sex="M", variants=[
             ("Nikolay Patrushev", "transliteration-cyrillic", "bgn-pcgn"),
             ("Nikolaï Patrouchev", "transliteration-cyrillic", "wiki-fr"),
             ("Nikolai Patruschew", "transliteration-cyrillic", "wiki-de"),
             ("N. P. Patrushev", "initials", "wiki-en")]),
    dict(listed=["Mikhail Maratovich FRIDMAN", "Михаил Маратович Фридман"], born=["1964-04-21"],
         nat="RU", sex="M", variants=[
             ("Michail Fridman", "transliteration-cyrillic", "wiki-de"),
             ("Mikhaïl Fridman", "transliteration-cyrillic", "wiki-fr"),
             ("Mihail Fridman", "transliteration-cyrillic", "iso9")]),
    dict(listed=["Arkady Romanovich ROTENBERG", "Аркадий Романович Ротенберг"],
         born=["1951-12-15"], nat="RU", sex="M", variants=[
             ("Arkadiy Rotenberg", "transliteration-cyrillic", "bgn-pcgn"),
             ("Arkadi Rotenberg", "transliteration-cyrillic", "wiki-de"),
             ("Arkadij Rotenberg", "transliteration-cyrillic", "iso9")]),
    # Arabic and Persian names
    dict(listed=["Saddam Hussein Al-Tikriti", "Abu Ali", "Abou Ali"], born=["1937-04-28"], nat="IQ",
         sex="M", variants=[
             ("Saddam Husayn al-Tikriti", "transliteration-arabic", "wiki-en"),
             ("صدام حسين التكريتي", "script", "wiki-ar"),
             ("Saddam Hussain", "transliteration-arabic", "wiki-en"),
             ("Saddam Hussein El-Tikriti", "al-el", "eu-sample"),
             ("Saddam Husain at-Tikriti", "transliteration-arabic", "wiki-de"),
             ("Tikriti Saddam Hussein", "name-order", "eu-sample")]),
    dict(listed=["Khalid Sheikh MOHAMMED", "Ali Salem", "Bin Khalid Fahd Bin Abdallah",
                 "Henin Ashraf Refaat Nabith", "Wadood Khalid Abdul"],
         born=["1965-04-14", "1964-03-01"], nat="PK", sex="M", variants=[
             ("Khaled Sheikh Mohamed", "transliteration-arabic", "wiki-fr"),
             ("Khalid Shaikh Muhammad", "transliteration-arabic", "wiki-en"),
             ("Chalid Scheich Mohammed", "transliteration-arabic", "wiki-de"),
             ("MOHAMMED Khalid Sheikh", "name-order", "eu-sample"),
             ("K. S. Mohammed", "initials", "eu-sample"),
             ("Wadood Khalid Abdul", "alias", "eu-sample")]),
    dict(listed=["Bashar al-ASSAD", "بشار حافظ الأسد", "Bashar Hafez al-Assad"],
         born=["1965-09-11"], nat="SY", sex="M", variants=[
             ("Bashar el-Assad", "al-el", "wiki-en"),
             ("Bachar el-Assad", "transliteration-arabic", "wiki-fr"),
             ("Baschar al-Assad", "transliteration-arabic", "wiki-de"),
             ("Bashar al-Asad", "transliteration-arabic", "wiki-en"),
             ("Dr. Bashar al-Assad", "title", "wiki-en"),
             ("الدكتور بشار الأسد", "title-other-script", "wiki-ar"),
             ("Assad Bashar", "name-order", "wiki-en")]),
    dict(listed=["Asma al-ASSAD", "Asma Fawaz al-Akhras", "أسماء الأسد"], born=["1975-08-11"],
         nat="SY", sex="F", variants=[
             ("Asma el-Assad", "al-el", "wiki-fr"),
             ("Asmaa al-Assad", "transliteration-arabic", "wiki-en"),
             ("Asma Assad", "al-el", "wiki-en"),
             ("Asma Akhras", "alias", "wiki-en")]),
    dict(listed=["Ayman al-ZAWAHIRI", "أيمن الظواهري", "Ayman Muhammad Rabi al-Zawahiri"],
         born=["1951-06-19"], nat="EG", sex="M", variants=[
             ("Ayman al-Zawahri", "transliteration-arabic", "wiki-en"),
             ("Aiman az-Zawahiri", "transliteration-arabic", "wiki-de"),
             ("Ayman el-Zawahiri", "al-el", "wiki-en"),
             ("Ayman az-Zaouahiri", "transliteration-arabic", "wiki-fr"),
             ("Zawahiri Ayman", "name-order", "wiki-en")]),
    dict(listed=["Ibrahim Awad Ibrahim al-BADRI", "Abu Bakr al-Baghdadi"], born=["1971-07-28"],
         nat="IQ", sex="M", variants=[
             ("Abou Bakr al-Baghdadi", "transliteration-arabic", "wiki-fr"),
             ("Ibrahim Awwad Ibrahim al-Badri", "transliteration-arabic", "wiki-en"),
             ("Abu Bakr el-Baghdadi", "al-el", "wiki-en"),
             ("Ibrahim Awad al-Badri", "missing-middle", "wiki-en")]),
    dict(listed=["Abdul Rahman YASIN"], born=["1960-04-10"], nat="IQ", sex="M", variants=[
             ("Abd al-Rahman Yasin", "abd-al", "wiki-en"),
             ("Abdulrahman Yasin", "abd-al", "wiki-en"),
             ("Abdel Rahman Yassin", "abd-al", "wiki-en"),
             ("Abdul-Rahman Yaseen", "abd-al", "wiki-en"),
             ("Abd ar-Rahman Yasin", "abd-al", "wiki-en")]),
    dict(listed=["Mohammed bin Salman Al SAUD", "محمد بن سلمان آل سعود"], born=["1985-08-31"],
         nat="SA", sex="M", variants=[
             ("Muhammad bin Salman", "transliteration-arabic", "wiki-en"),
             ("Mohamed ben Salmane", "transliteration-arabic", "wiki-fr"),
             ("Mohammad bin Salman Al Saud", "transliteration-arabic", "wiki-en"),
             ("Mohammed bin Salman", "missing-middle", "wiki-en")]),
    dict(listed=["Muammar Mohammed Abu Minyar GADDAFI", "معمر القذافي", "Muammar al-Qaddafi"],
         born=["1942"], nat="LY", sex="M", variants=[
             ("Moammar Gadhafi", "transliteration-arabic", "wiki-en"),
             ("Mouammar Kadhafi", "transliteration-arabic", "wiki-fr"),
             ("Muammar al-Gaddafi", "al-el", "wiki-en"),
             ("Muammar el-Qaddafi", "al-el", "wiki-en"),
             ("Muammar Gaddafi", "transliteration-arabic", "wiki-de")]),
    dict(listed=["Hassan NASRALLAH", "حسن نصر الله"], born=["1960-08-31"], nat="LB", sex="M",
         variants=[
             ("Hasan Nasrallah", "transliteration-arabic", "wiki-en"),
             ("Hassan Nasr Allah", "transliteration-arabic", "wiki-en"),
             ("Hassan Nasrullah", "transliteration-arabic", "wiki-en"),
             ("Sayyid Hassan Nasrallah", "title", "wiki-en")]),
    dict(listed=["Ali Hosseini KHAMENEI", "علی حسینی خامنه‌ای"], born=["1939-04-19"], nat="IR",
         sex="M", variants=[
             ("Ayatollah Ali Khamenei", "title", "wiki-en"),
             ("Ali Chamenei", "transliteration-arabic", "wiki-de"),
             ("Ali Khamenei", "missing-middle", "wiki-en"),
             ("Ali Khamene'i", "transliteration-arabic", "wiki-en"),
             ("آیت‌الله علی خامنه‌ای", "title-other-script", "wiki-fa")]),
    dict(listed=["Qasem SOLEIMANI", "قاسم سلیمانی"], born=["1957-03-11"], nat="IR", sex="M",
         variants=[
             ("Qassem Soleimani", "transliteration-arabic", "wiki-en"),
             ("Ghasem Soleimani", "transliteration-arabic", "wiki-en"),
             ("Kassem Soleimani", "transliteration-arabic", "wiki-fr"),
             ("Qasem Suleimani", "transliteration-arabic", "wiki-en"),
             ("Ghassem Soleimani", "transliteration-arabic", "wiki-de")]),
    dict(listed=["Mahmoud AHMADINEJAD", "محمود احمدی‌نژاد"], born=["1956-10-28"], nat="IR",
         sex="M", variants=[
             ("Mahmud Ahmadinedschad", "transliteration-arabic", "wiki-de"),
             ("Mahmoud Ahmadinezhad", "transliteration-arabic", "wiki-en"),
             ("Mahmoud Ahmadi-Nejad", "transliteration-arabic", "wiki-en")]),
    # Chinese names: characters, pinyin, Wade–Giles
    dict(listed=["XI Jinping", "习近平"], born=["1953-06-15"], nat="CN", sex="M", variants=[
             ("Hsi Chin-p'ing", "transliteration-chinese", "wade-giles"),
             ("Hsi Chin-ping", "transliteration-chinese", "wade-giles"),
             ("Xi Jin Ping", "transliteration-chinese", "pinyin"),
             ("Jinping Xi", "name-order", "wiki-en"),
             ("習近平", "script", "wiki-zh")]),
    dict(listed=["ZHOU Enlai", "周恩来"], born=["1898-03-05"], nat="CN", sex="M", variants=[
             ("Chou En-lai", "transliteration-chinese", "wade-giles"),
             ("Zhou En-lai", "transliteration-chinese", "pinyin"),
             ("Chou Enlai", "transliteration-chinese", "wade-giles"),
             ("周恩來", "script", "wiki-zh")]),
    dict(listed=["MAO Zedong", "毛泽东"], born=["1893-12-26"], nat="CN", sex="M", variants=[
             ("Mao Tse-tung", "transliteration-chinese", "wade-giles"),
             ("Mao Tsetung", "transliteration-chinese", "wade-giles"),
             ("毛澤東", "script", "wiki-zh")]),
    dict(listed=["DENG Xiaoping", "邓小平"], born=["1904-08-22"], nat="CN", sex="M", variants=[
             ("Teng Hsiao-p'ing", "transliteration-chinese", "wade-giles"),
             ("Teng Hsiao-ping", "transliteration-chinese", "wade-giles"),
             ("鄧小平", "script", "wiki-zh")]),
    dict(listed=["LI Keqiang", "李克强"], born=["1955-07-01"], nat="CN", sex="M", variants=[
             ("Li K'o-ch'iang", "transliteration-chinese", "wade-giles"),
             ("Li Ke Qiang", "transliteration-chinese", "pinyin"),
             ("Keqiang Li", "name-order", "wiki-en")]),
    dict(listed=["WANG Huning", "王沪宁"], born=["1955-10-06"], nat="CN", sex="M", variants=[
             ("Wang Hu-ning", "transliteration-chinese", "wade-giles"),
             ("Huning Wang", "name-order", "wiki-en"),
             ("王滬寧", "script", "wiki-zh")]),
    dict(listed=["ZHAO Leji", "赵乐际"], born=["1957-03-08"], nat="CN", sex="M", variants=[
             ("Chao Le-chi", "transliteration-chinese", "wade-giles"),
             ("Leji Zhao", "name-order", "wiki-en")]),
    # Korean names: Revised Romanisation, McCune–Reischauer, common spellings
    dict(listed=["KIM Jong Un", "김정은"], born=["1984-01-08"], nat="KP", sex="M", variants=[
             ("Kim Jong-un", "transliteration-korean", "wiki-en"),
             ("Gim Jeong-eun", "transliteration-korean", "revised-romanisation"),
             ("Kim Chŏng-ŭn", "transliteration-korean", "mccune-reischauer"),
             ("Kim Jong Eun", "transliteration-korean", "wiki-en"),
             ("Kim Jongun", "transliteration-korean", "wiki-en"),
             ("Jong-un Kim", "name-order", "wiki-en")]),
    dict(listed=["KIM Yo Jong", "김여정"], born=["1987-09-26"], nat="KP", sex="F", variants=[
             ("Kim Yo-jong", "transliteration-korean", "wiki-en"),
             ("Gim Yeo-jeong", "transliteration-korean", "revised-romanisation"),
             ("Kim Yŏ-jŏng", "transliteration-korean", "mccune-reischauer")]),
    dict(listed=["CHOE Ryong Hae", "최룡해"], born=["1950-01-15"], nat="KP", sex="M", variants=[
             ("Choe Ryong-hae", "transliteration-korean", "wiki-en"),
             ("Ch'oe Ryong-hae", "transliteration-korean", "mccune-reischauer"),
             ("Choi Ryong-hae", "transliteration-korean", "wiki-en"),
             ("Choe Ryonghae", "transliteration-korean", "wiki-en")]),
    dict(listed=["RI Yong Ho", "리용호"], born=["1956-07-10"], nat="KP", sex="M", variants=[
             ("Ri Yong-ho", "transliteration-korean", "wiki-en"),
             ("Lee Yong-ho", "transliteration-korean", "wiki-en"),
             ("Yi Yong-ho", "transliteration-korean", "revised-romanisation")]),
    # Latin-script names with diacritics, titles and name order
    dict(listed=["Nicolás MADURO MOROS"], born=["1962-11-23"], nat="VE", sex="M", variants=[
             ("Nicolas Maduro Moros", "diacritics", "wiki-en"),
             ("Nicolás Maduro", "missing-middle", "wiki-es"),
             ("MADURO MOROS Nicolas", "name-order", "eu-list-style"),
             ("Presidente Nicolás Maduro", "title", "wiki-es")]),
    dict(listed=["Diosdado CABELLO RONDÓN"], born=["1963-04-15"], nat="VE", sex="M", variants=[
             ("Diosdado Cabello Rondon", "diacritics", "wiki-en"),
             ("Diosdado Cabello", "missing-middle", "wiki-es"),
             ("Cabello Rondón Diosdado", "name-order", "eu-list-style")]),
    dict(listed=["MIN AUNG HLAING"], born=["1956-07-03"], nat="MM", sex="M", variants=[
             ("Senior General Min Aung Hlaing", "title", "wiki-en"),
             ("Min Aung Hlaing", "case", "wiki-en")]),
    dict(listed=["Delcy Eloína RODRÍGUEZ GÓMEZ"], born=["1969-05-18"], nat="VE", sex="F",
         variants=[
             ("Delcy Rodriguez Gomez", "diacritics", "wiki-en"),
             ("Delcy Rodríguez", "missing-middle", "wiki-es"),
             ("RODRIGUEZ GOMEZ Delcy Eloina", "name-order", "eu-list-style")]),
]

# Other people whose names resemble a listed one: (guest name, birth, nationality, sex,
# the first listed name of the entry in PEOPLE, category, source).
OTHERS = [
    ("Kim Jong Il", "1941-02-16", "KP", "M", "KIM Jong Un", "relative", "wiki-en"),
    ("Kim Jong Nam", "1971-05-10", "KP", "M", "KIM Jong Un", "relative", "wiki-en"),
    ("Kim Yo Jong", "1987-09-26", "KP", "F", "KIM Jong Un", "relative", "wiki-en"),
    ("Kim Jong Un", "1984-01-08", "KP", "M", "KIM Yo Jong", "relative", "wiki-en"),
    ("Kim Il Sung", "1912-04-15", "KP", "M", "KIM Jong Un", "relative", "wiki-en"),
    ("Hafez al-Assad", "1930-10-06", "SY", "M", "Bashar al-ASSAD", "relative", "wiki-en"),
    ("Maher al-Assad", "1967-12-08", "SY", "M", "Bashar al-ASSAD", "relative", "wiki-en"),
    ("Bashar al-Assad", "1965-09-11", "SY", "M", "Asma al-ASSAD", "relative", "wiki-en"),
    ("Hafez Bashar al-Assad", "2001-12-03", "SY", "M", "Bashar al-ASSAD", "relative", "wiki-en"),
    ("Uday Saddam Hussein", "1964-06-18", "IQ", "M", "Saddam Hussein Al-Tikriti", "relative",
     "wiki-en"),
    ("Qusay Saddam Hussein", "1966-05-17", "IQ", "M", "Saddam Hussein Al-Tikriti", "relative",
     "wiki-en"),
    ("Xi Zhongxun", "1913-10-15", "CN", "M", "XI Jinping", "relative", "wiki-en"),
    ("Xi Mingze", "1992-06-25", "CN", "F", "XI Jinping", "relative", "wiki-en"),
    ("Vladimir Potanin", "1961-01-03", "RU", "M", "Vladimir Vladimirovich PUTIN", "similar-name",
     "wiki-en"),
    ("Vladimir Pozner", "1934-04-01", "RU", "M", "Vladimir Vladimirovich PUTIN", "similar-name",
     "wiki-en"),
    ("Akhmad Kadyrov", "1951-08-23", "RU", "M", "Ramzan Akhmadovich KADYROV", "relative",
     "wiki-en"),
    ("Adam Kadyrov", "2007-11-24", "RU", "M", "Ramzan Akhmadovich KADYROV", "relative", "wiki-en"),
    ("Yevgeny Primakov", "1929-10-29", "RU", "M", "Yevgeniy Viktorovich PRIGOZHIN",
     "similar-name", "wiki-en"),
    ("Pavel Prigozhin", "1998-01-01", "RU", "M", "Yevgeniy Viktorovich PRIGOZHIN", "relative",
     "wiki-en"),
    ("Viktor Lukashenko", "1975-11-28", "BY", "M", "Aliaksandr Ryhoravich LUKASHENKA", "relative",
     "wiki-en"),
    ("Dmitri Lukashenko", "1980-03-23", "BY", "M", "Aliaksandr Ryhoravich LUKASHENKA", "relative",
     "wiki-en"),
    ("Boris Rotenberg", "1957-01-03", "RU", "M", "Arkady Romanovich ROTENBERG", "relative",
     "wiki-en"),
    ("Mikhail Kovalchuk", "1946-09-21", "RU", "M", "Yury Valentinovich KOVALCHUK", "relative",
     "wiki-en"),
    ("Dmitry Patrushev", "1977-10-13", "RU", "M", "Nikolai Platonovich PATRUSHEV", "relative",
     "wiki-en"),
    ("Viktor Viktorovich Yanukovych", "1981-07-16", "UA", "M", "Viktor Fedorovych YANUKOVYCH",
     "relative", "wiki-en"),
    ("Saif al-Islam Gaddafi", "1972-06-25", "LY", "M", "Muammar Mohammed Abu Minyar GADDAFI",
     "relative", "wiki-en"),
    ("Hannibal Muammar Gaddafi", "1975-09-20", "LY", "M", "Muammar Mohammed Abu Minyar GADDAFI",
     "relative", "wiki-en"),
    ("Aisha Gaddafi", "1976-12-01", "LY", "F", "Muammar Mohammed Abu Minyar GADDAFI", "relative",
     "wiki-en"),
    ("Mojtaba Khamenei", "1969-09-08", "IR", "M", "Ali Hosseini KHAMENEI", "relative", "wiki-en"),
    ("Mohammed bin Nayef", "1959-08-30", "SA", "M", "Mohammed bin Salman Al SAUD", "similar-name",
     "wiki-en"),
    ("Khalid bin Salman", "1988-01-01", "SA", "M", "Mohammed bin Salman Al SAUD", "relative",
     "wiki-en"),
    ("Nicolás Maduro Guerra", "1990-06-21", "VE", "M", "Nicolás MADURO MOROS", "relative",
     "wiki-es"),
    ("Li Qiang", "1959-07-23", "CN", "M", "LI Keqiang", "similar-name", "wiki-en"),
    ("Wang Yi", "1953-10-19", "CN", "M", "WANG Huning", "similar-name", "wiki-en"),
    ("Zhou Yongkang", "1942-12-03", "CN", "M", "ZHOU Enlai", "similar-name", "wiki-en"),
    ("Deng Pufang", "1944-04-16", "CN", "M", "DENG Xiaoping", "relative", "wiki-en"),
    ("Choe Son Hui", "1964-08-10", "KP", "F", "CHOE Ryong Hae", "similar-name", "wiki-en"),
    ("Ri Son Gwon", "1962-01-01", "KP", "M", "RI Yong Ho", "similar-name", "wiki-en"),
    ("Sergei Ivanov", "1953-01-31", "RU", "M", "Sergey Viktorovich LAVROV", "similar-name",
     "wiki-en"),
    ("Asma Khan", "1978-03-02", "PK", "F", "Asma al-ASSAD", "similar-name", "common-name"),
    ("Hassan Nasser", "1985-05-05", "LB", "M", "Hassan NASRALLAH", "similar-name", "common-name"),
    ("Ali Hassan Salameh", "1940-01-01", "PS", "M", "Ali Hosseini KHAMENEI", "similar-name",
     "wiki-en"),
]

# Common names met again: the listed bearer and guests of the same name born in another
# year (different), or on the same day (same); sex and nationality where a list has them.
COMMON = [
    ("Mohammed Ali", "Muhammad Ali", "1961-03-15", "EG", "M"),
    ("Ali Hassan", "Ali Hasan", "1972-01-01", "IQ", "M"),
    ("Ahmed Mohamed", "Ahmad Muhammad", "1980-07-12", "SD", "M"),
    ("Abdullah Ahmed", "Abdallah Ahmad", "1975-02-20", "YE", "M"),
    ("Mohammad Reza Hosseini", "Mohammadreza Hosseini", "1969-11-02", "IR", "M"),
    ("Fatima Zahra", "Fatema Zahra", "1983-05-09", "MA", "F"),
    ("Omar Abdel Rahman", "Omar Abdul Rahman", "1966-08-30", "EG", "M"),
    ("Aleksandr Ivanov", "Александр Иванов", "1970-04-04", "RU", "M"),
    ("Sergey Smirnov", "Sergei Smirnow", "1965-12-12", "RU", "M"),
    ("Olga Ivanova", "Ольга Иванова", "1979-09-19", "RU", "F"),
    ("Dmitry Kuznetsov", "Dmitri Kusnezow", "1972-06-06", "RU", "M"),
    ("Yelena Popova", "Elena Popova", "1981-10-01", "RU", "F"),
    ("Andriy Kovalenko", "Андрій Коваленко", "1977-03-03", "UA", "M"),
    ("Wang Wei", "王伟", "1968-01-20", "CN", "M"),
    ("Zhang Wei", "張偉", "1975-08-08", "CN", "M"),
    ("Li Na", "李娜", "1982-02-26", "CN", "F"),
    ("Liu Yang", "Liu Yang", "1978-10-06", "CN", "M"),
    ("Chen Jing", "陈静", "1985-04-15", "CN", "F"),
    ("Kim Min-jun", "Kim Min Jun", "1986-11-11", "KP", "M"),
    ("Pak Chol", "Pak Chol", "1960-09-09", "KP", "M"),
    ("José García", "Jose Garcia", "1974-05-05", "VE", "M"),
    ("Juan Carlos Rodríguez", "Juan Carlos Rodriguez", "1971-07-07", "VE", "M"),
    ("María Fernanda López", "Maria Fernanda Lopez", "1988-12-01", "VE", "F"),
    ("Mehmet Yılmaz", "Mehmet Yilmaz", "1976-01-30", "TR", "M"),
]


def _shift(iso: str, years: int) -> str:
    d = date.fromisoformat(iso)
    return d.replace(year=d.year + years, day=min(d.day, 28)).isoformat()


def _guest_birth(born: list[str]) -> str:
    value = born[0]
    return value if len(value) == 10 else f"{value}-07-01"


def rows() -> list[dict]:
    out = []

    def add(guest, gborn, gnat, gsex, person, label, category, source):
        out.append(dict(guest_name=guest, guest_birth_date=gborn, guest_nationality=gnat,
                        guest_gender=gsex, listed_names="|".join(person["listed"]),
                        listed_birth_dates="|".join(person["born"]),
                        listed_nationalities=person["nat"], listed_gender=person["sex"],
                        label=label, category=category, source=source))

    by_name = {p["listed"][0]: p for p in PEOPLE}
    for n, person in enumerate(PEOPLE):
        born = _guest_birth(person["born"])
        for k, (name, category, source) in enumerate(person["variants"]):
            # Most guests give birth date and nationality; some records lack one of them.
            if k % 4 == 3:
                add(name, "", "", "", person, "same", category, source)
            elif k % 4 == 2:
                add(name, born, "", person["sex"], person, "same", category, source)
            else:
                add(name, born, person["nat"], person["sex"], person, "same", category, source)
        # The same spellings borne by someone born years later: another person.
        for k, (name, _category, source) in enumerate(person["variants"][:3]):
            years = (7, -12, 23)[k % 3] + n % 5
            add(name, _shift(born, years), person["nat"], person["sex"], person, "different",
                "other-birth-year", source)
        # The listed name itself, another birth year, nationality unknown.
        add(person["listed"][0], _shift(born, 15 + n % 9), "", person["sex"], person, "different",
            "other-birth-year", "eu-list-style")
    for guest, born, nat, sex, listed, category, source in OTHERS:
        add(guest, born, nat, sex, by_name[listed], "different", category, source)
        add(guest, "", "", "", by_name[listed], "different", category + "-no-data", source)
    for n, (listed, variant, born, nat, sex) in enumerate(COMMON):
        person = dict(listed=[listed], born=[born], nat=nat, sex=sex)
        add(listed, born, nat, sex, person, "same", "common-name-same-birth", "common-name")
        add(variant, born, "", sex, person, "same", "common-name-same-birth", "common-name")
        add(listed, _shift(born, 6 + n % 20), nat, sex, person, "different",
            "common-name-other-birth-year", "common-name")
        add(variant, _shift(born, -(4 + n % 15)), nat, sex, person, "different",
            "common-name-other-birth-year", "common-name")
        # Listed without birth date (as many entries are) but with the other sex.
        other_sex = "F" if sex == "M" else "M"
        no_birth = dict(listed=[listed], born=[], nat=nat, sex=sex)
        add(listed, _shift(born, 3), nat, other_sex, no_birth, "different",
            "common-name-other-sex", "common-name")
        # Listed with a birth year only: a guest born within it, or in another decade.
        year_only = dict(listed=[listed], born=[born[:4]], nat=nat, sex=sex)
        add(variant, born, nat, sex, year_only, "same", "common-name-birth-year", "common-name")
        add(variant, _shift(born, 10), nat, sex, year_only, "different",
            "common-name-other-birth-year", "common-name")
    return out


def main() -> None:
    data = rows()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(data)
    print(f"{len(data)} pairs written to {OUT}")


if __name__ == "__main__":
    main()
