"""Names, places and weights the large seed draws from, so the made-up country looks
like the real one: mostly young men from Punjab going to the Gulf to build, drive,
cook and guard, and a share of women going into care and domestic work."""

MALE_FIRST = [
    "Muhammad", "Ali", "Ahmed", "Hassan", "Hussain", "Usman", "Bilal", "Imran", "Asif",
    "Kashif", "Zeeshan", "Waqas", "Faisal", "Irfan", "Hamza", "Adeel", "Naveed", "Shahbaz",
    "Rizwan", "Sajid", "Tariq", "Javed", "Nadeem", "Amjad", "Shahid", "Khalid", "Arshad",
    "Aamir", "Fahad", "Saqib", "Umar", "Abdullah", "Junaid", "Yasir", "Danish", "Waseem",
    "Zahid", "Akram", "Sohail", "Qasim", "Rehan", "Noman", "Atif", "Azhar", "Mudassar",
    "Shoaib", "Mohsin", "Haroon", "Talha", "Farhan", "Ghulam", "Iftikhar", "Mushtaq",
    "Nasir", "Sarfraz", "Tahir", "Zubair", "Ejaz", "Liaqat", "Mehboob",
]  # fmt: skip
FEMALE_FIRST = [
    "Ayesha", "Fatima", "Shazia", "Nadia", "Rubina", "Samina", "Sadia", "Tahira", "Kiran",
    "Nasreen", "Parveen", "Shabana", "Rukhsana", "Saima", "Uzma", "Asma", "Farzana",
    "Naseem", "Bushra", "Sobia", "Amna", "Hina", "Mehwish", "Sana", "Iqra", "Zainab",
    "Maryam", "Rabia", "Saba", "Nabila", "Shagufta", "Kausar", "Yasmin", "Ghazala",
]  # fmt: skip
TRANSGENDER_FIRST = ["Bindiya", "Nayyab", "Kami", "Shahana", "Alisha", "Reem", "Julie"]
LAST = [
    "Khan", "Ahmed", "Ali", "Hussain", "Iqbal", "Akhtar", "Butt", "Malik", "Chaudhry",
    "Cheema", "Bajwa", "Gill", "Sandhu", "Awan", "Rajput", "Arain", "Mughal", "Qureshi",
    "Siddiqui", "Shah", "Bukhari", "Gillani", "Abbasi", "Niazi", "Khokhar", "Jutt",
    "Warraich", "Tarar", "Virk", "Sial", "Baloch", "Dogar", "Bhatti", "Mehmood", "Aslam",
    "Anwar", "Javed", "Nawaz", "Rasool", "Saleem", "Yousaf", "Rehman", "Haider", "Raza",
    "Shahzad", "Sabir", "Latif", "Sharif", "Ashraf", "Hayat", "Kamran", "Tanveer",
    "Bibi", "Begum", "Kausar", "Parveen", "Noreen", "Yasmin",
]  # fmt: skip
FEMALE_ONLY_LAST = {"Bibi", "Begum", "Kausar", "Parveen", "Noreen", "Yasmin"}

# ISCO-08 unit groups the way Pakistani workers go abroad (weights, roughly per 1,000).
OCCUPATION_WEIGHTS = {
    "9313": 120,  # construction labourer
    "8332": 90,  # heavy truck driver
    "8322": 80,  # car, taxi and van driver
    "7112": 55,  # mason
    "7411": 55,  # electrician
    "7212": 40,  # welder
    "7126": 40,  # plumber
    "7115": 40,  # carpenter
    "5120": 45,  # cook
    "9412": 30,  # kitchen helper
    "5131": 20,  # waiter
    "9112": 35,  # cleaner
    "9111": 30,  # domestic worker
    "5414": 40,  # security guard
    "5322": 25,  # home carer
    "3221": 12,  # nurse assistant
    "2221": 10,  # nurse
    "7127": 25,  # AC mechanic
    "7231": 25,  # car mechanic
    "7131": 20,  # painter
    "7122": 15,  # tile fixer
    "7114": 20,  # shuttering
    "8343": 10,  # crane operator
    "8344": 12,  # forklift
    "9333": 25,  # loader
    "9329": 30,  # factory worker
    "5223": 15,  # salesman
    "7531": 15,  # tailor
    "5141": 10,  # barber
    "9211": 20,  # farm labourer
    "6111": 8,  # farmer
    "4110": 8,  # clerk
    "7421": 8,  # electronics
    "2142": 5,  # civil engineer
    "2512": 5,  # software developer
}
# The rest of the 436 unit groups share this weight between them.
OTHER_OCCUPATIONS_WEIGHT = 60
# Trades women more often register for.
FEMALE_OCCUPATIONS = {
    "5322": 30, "9111": 25, "3221": 15, "2221": 12, "9112": 10, "7531": 8, "5141": 5,
    "5120": 5, "4110": 5, "5223": 5,
}  # fmt: skip

# Destination countries: (code, weight, cities (English names of reference cities,
# fixtures/destination_cities.json), currency, monthly pay range)
DESTINATIONS = [
    (
        "SA",
        330,
        ["Riyadh", "Jeddah", "Dammam", "Makkah", "Madinah", "Al Khobar", "Jubail", "Tabuk"],
        "SAR",
        (1200, 4000),
    ),
    (
        "AE",
        220,
        ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain", "Ras Al Khaimah"],
        "AED",
        (1200, 4500),
    ),
    ("QA", 80, ["Doha", "Al Wakrah", "Lusail", "Mesaieed"], "QAR", (1200, 4000)),
    ("OM", 70, ["Muscat", "Sohar", "Salalah", "Nizwa", "Duqm"], "OMR", (120, 450)),
    ("KW", 45, ["Kuwait City", "Ahmadi", "Jahra", "Farwaniya"], "KWD", (100, 400)),
    ("MY", 45, ["Kuala Lumpur", "Penang", "Johor Bahru", "Shah Alam"], "MYR", (1500, 3500)),
    ("BH", 30, ["Manama", "Muharraq", "Riffa"], "BHD", (120, 400)),
    ("GB", 30, ["London", "Birmingham", "Manchester"], "GBP", (1800, 3000)),
    ("IT", 25, ["Milan", "Rome", "Brescia", "Naples"], "EUR", (1100, 2000)),
    ("KR", 30, ["Seoul", "Incheon", "Ansan", "Busan", "Gimhae"], "KRW", (2_000_000, 2_800_000)),
    ("JP", 20, ["Tokyo", "Osaka", "Nagoya", "Toyota"], "JPY", (180_000, 280_000)),
    ("RO", 30, ["Bucharest", "Cluj-Napoca", "Constanța", "Timișoara"], "RON", (3000, 5500)),
    ("DE", 10, ["Berlin", "Munich", "Hamburg"], "EUR", (1800, 2800)),
    ("GR", 10, ["Athens", "Thessaloniki"], "EUR", (800, 1300)),
    ("PL", 10, ["Warsaw", "Kraków", "Wrocław"], "EUR", (900, 1500)),
    ("TR", 10, ["Istanbul", "Ankara"], "USD", (500, 900)),
    ("CN", 5, ["Guangzhou", "Shenzhen"], "USD", (600, 1100)),
]

EMPLOYER_WORDS = {
    "construction": ["Building Contracting", "Construction", "Engineering Works", "Builders"],
    "manufacturing": ["Industries", "Manufacturing", "Fabrication", "Factories"],
    "hospitality": ["Hospitality Group", "Hotels", "Catering", "Restaurants"],
    "health": ["Medical Centre", "Care Homes", "Hospital", "Health Services"],
    "transport": ["Logistics", "Transport", "Freight", "Cargo Services"],
    "agriculture": ["Farms", "Agro", "Dairy", "Fisheries"],
    "oil_gas": ["Oilfield Services", "Energy", "Petroleum Services"],
    "retail": ["Trading", "Facility Services", "Supermarkets", "Services"],
    "security": ["Security Services", "Guarding"],
    "domestic": ["Manpower Household Services", "Home Services"],
    "other": ["General Services", "Holding"],
}
EMPLOYER_PREFIXES = [
    "Al-Noor", "Al-Rashid", "Al-Futtaim", "Gulf", "Desert Rose", "Crescent", "Falcon",
    "Oasis", "Pearl", "Golden Sands", "Horizon", "Emirates", "Arabian", "Royal", "Star",
    "Summit", "Delta", "Atlas", "United", "National", "Global", "Eastern", "Northern",
    "Coastal", "Sunrise", "Blue Wave", "Green Valley", "Silver Line", "Orient", "Prime",
]  # fmt: skip
SECTOR_OF_OCCUPATION_MAJOR = {
    "1": "other", "2": "health", "3": "health", "4": "retail", "5": "hospitality",
    "6": "agriculture", "7": "construction", "8": "transport", "9": "construction",
}  # fmt: skip

AGENCY_WORDS = [
    "Overseas Employment Promoters",
    "Manpower Services",
    "Recruiting Agency",
    "Overseas Employment Services",
    "International Manpower",
    "Human Resource Services",
]
AGENCY_PREFIXES = [
    "Al-Khair", "Al-Madina", "Punjab", "Indus", "Chenab", "Ravi", "Jhelum", "Sutlej",
    "Margalla", "Shalimar", "Noor", "Rehmat", "Barkat", "Ittefaq", "Sitara", "Kohinoor",
    "Pak-Gulf", "Bismillah", "Iqbal", "Quaid", "Five Rivers", "Crescent", "Falcon", "Sialkot",
]  # fmt: skip
LICENCE_CITIES = ["LHR", "RWP", "ISB", "KHI", "FSD", "MUX", "SKT", "GRW", "PEW", "GJT"]

# Weights of the registration channel, education, how they heard, sex.
CHANNELS = {"desk": 55, "kiosk": 35, "district_office": 10}
EDUCATION = {
    "none": 8, "primary": 14, "middle": 20, "matric": 28, "intermediate": 14,
    "diploma": 7, "bachelor": 7, "master": 2,
}  # fmt: skip
HEARD_ABOUT = {
    "friends": 40, "social_media": 22, "radio_tv": 8, "newspaper": 5,
    "government_office": 12, "training_institute": 8, "other": 5,
}  # fmt: skip
SEXES = {"male": 850, "female": 147, "transgender": 3}

# A person's age at registration: 18 to 60, most in their twenties.
AGE_WEIGHTS = {
    age: (12 if age < 25 else 10 if age < 30 else 7 if age < 35 else 4 if age < 40 else 2
          if age < 50 else 1)
    for age in range(18, 61)
}  # fmt: skip

# Centres in other provinces, by district name.
OTHER_PROVINCE_CENTRES = ["Karachi South", "Peshawar", "Quetta", "Mirpur", "Hyderabad"]
# Relative number of registrations per centre district (others weigh 1.0).
DISTRICT_WEIGHTS = {
    "Lahore": 5.0, "Faisalabad": 3.0, "Rawalpindi": 2.6, "Gujranwala": 2.6, "Multan": 2.2,
    "Sialkot": 2.4, "Gujrat": 2.0, "Jhelum": 1.6, "Mandi Bahauddin": 1.6, "Sargodha": 1.6,
    "Bahawalpur": 1.4, "Sheikhupura": 1.4, "Kasur": 1.2, "Rahim Yar Khan": 1.4,
    "Dera Ghazi Khan": 1.2, "Okara": 1.2, "Sahiwal": 1.2, "Chakwal": 1.4, "Attock": 1.3,
    "Karachi South": 2.0, "Peshawar": 1.8,
}  # fmt: skip
