"""Name material for the demo data: common given and family names per language.

Each entry is (own-script name, Latin form or None). No real individuals: the
generator combines common names at random.
"""

from __future__ import annotations

# (given names, family names, family-name-first?) per culture; each name as (own, latin)
CULTURES: dict[str, dict] = {
    "zh-Hans": {  # mainland China, pinyin
        "given": [("伟", "Wei"), ("芳", "Fang"), ("静", "Jing"), ("磊", "Lei"), ("洋", "Yang"),
                  ("晓明", "Xiaoming"), ("海燕", "Haiyan"), ("建国", "Jianguo"), ("丽娟", "Lijuan"),
                  ("志强", "Zhiqiang"), ("雪梅", "Xuemei"), ("俊杰", "Junjie")],
        "family": [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
                   ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("周", "Zhou"), ("吴", "Wu")],
        "family_first": True, "join": "", "latin_join": " ",
    },
    "zh-Hant": {  # Taiwan, Wade–Giles-style romanisation as on Taiwanese passports
        "given": [("美玲", "Mei-ling"), ("建宏", "Chien-hung"), ("志明", "Chih-ming"),
                  ("淑芬", "Shu-fen"), ("家豪", "Chia-hao"), ("雅婷", "Ya-ting"),
                  ("宗翰", "Tsung-han"), ("怡君", "Yi-chun"), ("俊傑", "Chun-chieh"),
                  ("佳穎", "Chia-ying")],
        "family": [("陳", "Chen"), ("林", "Lin"), ("黃", "Huang"), ("張", "Chang"), ("李", "Lee"),
                   ("王", "Wang"), ("吳", "Wu"), ("劉", "Liu"), ("蔡", "Tsai"), ("楊", "Yang")],
        "family_first": True, "join": "", "latin_join": " ",
    },
    "ja": {  # Hepburn
        "given": [("太郎", "Taro"), ("花子", "Hanako"), ("健一", "Kenichi"), ("さくら", "Sakura"),
                  ("裕子", "Yuko"), ("大輔", "Daisuke"), ("美咲", "Misaki"), ("翔", "Sho")],
        "family": [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"),
                   ("渡辺", "Watanabe"), ("伊藤", "Ito"), ("山本", "Yamamoto"), ("中村", "Nakamura")],
        "family_first": True, "join": " ", "latin_join": " ",
    },
    "ko": {  # Revised Romanisation
        "given": [("민준", "Min-jun"), ("서연", "Seo-yeon"), ("지훈", "Ji-hun"), ("하은", "Ha-eun"),
                  ("도윤", "Do-yun"), ("수빈", "Su-bin"), ("현우", "Hyeon-u")],
        "family": [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jeong"),
                   ("강", "Kang"), ("조", "Jo")],
        "family_first": True, "join": "", "latin_join": " ",
    },
    "uk": {  # Ukrainian, national transliteration
        "given": [("Олександр", "Oleksandr"), ("Олена", "Olena"), ("Андрій", "Andrii"),
                  ("Ірина", "Iryna"), ("Дмитро", "Dmytro"), ("Наталія", "Nataliia"),
                  ("Сергій", "Serhii")],
        "family": [("Шевченко", "Shevchenko"), ("Коваленко", "Kovalenko"), ("Бондаренко", "Bondarenko"),
                   ("Ткаченко", "Tkachenko"), ("Кравченко", "Kravchenko"), ("Мельник", "Melnyk")],
        "family_first": False, "join": " ", "latin_join": " ",
    },
    "el": {
        "given": [("Γιώργος", "Giorgos"), ("Μαρία", "Maria"), ("Νίκος", "Nikos"),
                  ("Ελένη", "Eleni"), ("Κώστας", "Kostas"), ("Αικατερίνη", "Aikaterini")],
        "family": [("Παπαδόπουλος", "Papadopoulos"), ("Οικονόμου", "Oikonomou"),
                   ("Γεωργίου", "Georgiou"), ("Νικολάου", "Nikolaou"), ("Δημητρίου", "Dimitriou")],
        "family_first": False, "join": " ", "latin_join": " ",
    },
}

# Latin-script cultures: names need no separate Latin form.
LATIN: dict[str, tuple[list[str], list[str]]] = {
    "nl": (["Marieke", "Jeroen", "Sanne", "Pieter", "Fleur", "Bram", "Anouk", "Ruud", "Lotte",
            "Hans", "Ingrid", "Kees", "Femke", "Willem", "Esther", "Joost"],
           ["de Vries", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer"]),
    "en": (["James", "Emily", "Oliver", "Charlotte", "Harry", "Amelia", "George", "Sophie"],
           ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Robinson"]),
    "en-CA": (["Liam", "Olivia", "Noah", "Emma", "Ethan", "Chloé", "Lucas", "Ava"],
              ["Tremblay", "Roy", "MacDonald", "Campbell", "Gagnon", "Wong", "Singh", "Martin"]),
    "da": (["Søren", "Mette", "Jens", "Anne", "Rasmus", "Line", "Mikkel", "Sofie"],
           ["Jørgensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Sørensen", "Møller"]),
    "de": (["Jürgen", "Anja", "Matthias", "Sabine", "Tobias", "Jörg", "Katrin", "Jan"],
           ["Müller", "Schmidt", "Schröder", "Weiß", "Groß", "Fischer", "Krüger", "Meißner"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Elena"],
           ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Romano", "Galli"]),
    "pl": (["Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Michał", "Katarzyna", "Wojciech"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Łukaszewicz", "Zieliński", "Dąbrowska"]),
    "tr": (["Ayşe", "Mehmet", "Özlem", "Çağrı", "Gülşen", "Ertuğrul", "Şebnem", "İsmail"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Doğan", "Aydın"]),
    "no": (["Øyvind", "Ingrid", "Håkon", "Solveig", "Bjørn", "Kari"],
           ["Ødegaard", "Hansen", "Johansen", "Haugen", "Bråten", "Løvås"]),
    "fr": (["Amélie", "François", "Hélène", "Jérôme", "Céline", "Benoît"],
           ["Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Rousseau"]),
    "es": (["José", "María", "Núria", "Jordi", "Lucía", "Sergio"],
           ["García", "Martínez", "Puig", "Fernández", "López", "Ferrer"]),
    "pt": (["João", "Inês", "Gonçalo", "Beatriz", "Tiago", "Mariana"],
           ["Silva", "Santos", "Conceição", "Gonçalves", "Araújo", "Pereira"]),
    "pt-BR": (["Thiago", "Ana Clara", "Rafael", "Letícia", "Gustavo", "Camila"],
              ["Souza", "Oliveira", "Lima", "Carvalho", "Ribeiro", "Almeida"]),
    "de-AT": (["Günther", "Theresa", "Florian", "Johanna", "Lukas", "Verena"],
              ["Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner"]),
    "nl-BE": (["Wouter", "Elke", "Dries", "Annelies", "Koen", "Griet"],
              ["Peeters", "Janssens", "Maes", "Claes", "Wuyts", "Goossens"]),
    "sw": (["Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi"],
           ["Odhiambo", "Kariuki", "Wambui", "Mutua", "Kiprono", "Chebet"]),
    "id": (["Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra"],
           ["Santoso", "Wijaya", "Kusuma", "Hidayat", "Setiawan", "Pratama"]),
    "en-US": (["Michael", "Jennifer", "David", "Jessica", "Christopher", "Ashley"],
              ["Johnson", "Williams", "Miller", "Davis", "Garcia", "Rodriguez"]),
}
