-- The curated skills taxonomy (docs/domain/talent.md, "Skills"): what Tomsk students learn and
-- Tomsk employers ask for, in Russian and English. Free additions by users come on top (is_custom).
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('python', 'Python', 'Python', 'programming'),
  ('java', 'Java', 'Java', 'programming'),
  ('kotlin', 'Kotlin', 'Kotlin', 'programming'),
  ('c', 'C', 'C', 'programming'),
  ('cpp', 'C++', 'C++', 'programming'),
  ('csharp', 'C#', 'C#', 'programming'),
  ('go', 'Go', 'Go', 'programming'),
  ('rust', 'Rust', 'Rust', 'programming'),
  ('javascript', 'JavaScript', 'JavaScript', 'programming'),
  ('typescript', 'TypeScript', 'TypeScript', 'programming'),
  ('php', 'PHP', 'PHP', 'programming'),
  ('swift', 'Swift', 'Swift', 'programming'),
  ('scala', 'Scala', 'Scala', 'programming'),
  ('matlab', 'MATLAB', 'MATLAB', 'programming'),
  ('r-lang', 'R', 'R', 'programming'),
  ('fortran', 'Фортран', 'Fortran', 'programming'),
  ('bash', 'Bash и командная строка Linux', 'Bash and the Linux shell', 'programming'),
  ('git', 'Git', 'Git', 'programming'),
  ('algorithms', 'Алгоритмы и структуры данных', 'Algorithms and data structures', 'programming'),
  ('oop', 'Объектно-ориентированное проектирование', 'Object-oriented design', 'programming'),
  ('testing', 'Тестирование ПО', 'Software testing', 'programming'),
  ('test-automation', 'Автоматизация тестирования', 'Test automation', 'programming'),
  ('android', 'Разработка под Android', 'Android development', 'programming'),
  ('ios', 'Разработка под iOS', 'iOS development', 'programming'),
  ('flutter', 'Flutter', 'Flutter', 'programming'),
  ('gamedev', 'Разработка игр', 'Game development', 'programming'),
  ('unity', 'Unity', 'Unity', 'programming'),
  ('qt', 'Qt', 'Qt', 'programming')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('sql', 'SQL', 'SQL', 'data'),
  ('postgresql', 'PostgreSQL', 'PostgreSQL', 'data'),
  ('clickhouse', 'ClickHouse', 'ClickHouse', 'data'),
  ('mongodb', 'MongoDB', 'MongoDB', 'data'),
  ('data-analysis', 'Анализ данных', 'Data analysis', 'data'),
  ('statistics', 'Математическая статистика', 'Statistics', 'data'),
  ('machine-learning', 'Машинное обучение', 'Machine learning', 'data'),
  ('deep-learning', 'Глубокое обучение', 'Deep learning', 'data'),
  ('computer-vision', 'Компьютерное зрение', 'Computer vision', 'data'),
  ('nlp', 'Обработка естественного языка', 'Natural language processing', 'data'),
  ('pandas', 'pandas', 'pandas', 'data'),
  ('pytorch', 'PyTorch', 'PyTorch', 'data'),
  ('tensorflow', 'TensorFlow', 'TensorFlow', 'data'),
  ('scikit-learn', 'scikit-learn', 'scikit-learn', 'data'),
  ('data-engineering', 'Инженерия данных', 'Data engineering', 'data'),
  ('spark', 'Apache Spark', 'Apache Spark', 'data'),
  ('bi', 'BI-аналитика', 'Business intelligence', 'data'),
  ('power-bi', 'Power BI', 'Power BI', 'data'),
  ('excel', 'Excel (продвинутый)', 'Excel (advanced)', 'data'),
  ('gis', 'ГИС', 'GIS', 'data')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('html-css', 'HTML и CSS', 'HTML and CSS', 'web'),
  ('react', 'React', 'React', 'web'),
  ('vue', 'Vue.js', 'Vue.js', 'web'),
  ('angular', 'Angular', 'Angular', 'web'),
  ('nodejs', 'Node.js', 'Node.js', 'web'),
  ('django', 'Django', 'Django', 'web'),
  ('fastapi', 'FastAPI', 'FastAPI', 'web'),
  ('spring', 'Spring', 'Spring', 'web'),
  ('dotnet', '.NET', '.NET', 'web'),
  ('laravel', 'Laravel', 'Laravel', 'web'),
  ('rest-api', 'Проектирование REST API', 'REST API design', 'web'),
  ('graphql', 'GraphQL', 'GraphQL', 'web')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('linux', 'Администрирование Linux', 'Linux administration', 'infrastructure'),
  ('docker', 'Docker', 'Docker', 'infrastructure'),
  ('kubernetes', 'Kubernetes', 'Kubernetes', 'infrastructure'),
  ('ci-cd', 'CI/CD', 'CI/CD', 'infrastructure'),
  ('devops', 'DevOps', 'DevOps', 'infrastructure'),
  ('networking', 'Компьютерные сети', 'Computer networking', 'infrastructure'),
  ('infosec', 'Информационная безопасность', 'Information security', 'infrastructure'),
  ('pentest', 'Тестирование на проникновение', 'Penetration testing', 'infrastructure'),
  ('cryptography', 'Криптография', 'Cryptography', 'infrastructure'),
  ('cloud', 'Облачные платформы', 'Cloud platforms', 'infrastructure')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('embedded-c', 'Встраиваемое ПО на C', 'Embedded C', 'electronics'),
  ('microcontrollers', 'Микроконтроллеры (STM32, AVR)', 'Microcontrollers (STM32, AVR)', 'electronics'),
  ('rtos', 'Операционные системы реального времени', 'Real-time operating systems', 'electronics'),
  ('fpga', 'ПЛИС (FPGA)', 'FPGA', 'electronics'),
  ('verilog', 'Verilog / VHDL', 'Verilog / VHDL', 'electronics'),
  ('pcb-design', 'Проектирование печатных плат', 'PCB design', 'electronics'),
  ('altium', 'Altium Designer', 'Altium Designer', 'electronics'),
  ('circuit-design', 'Схемотехника', 'Circuit design', 'electronics'),
  ('analog-electronics', 'Аналоговая электроника', 'Analog electronics', 'electronics'),
  ('power-electronics', 'Силовая электроника', 'Power electronics', 'electronics'),
  ('plc', 'Программирование ПЛК', 'PLC programming', 'electronics'),
  ('scada', 'SCADA-системы', 'SCADA systems', 'electronics'),
  ('industrial-automation', 'Автоматизация технологических процессов', 'Industrial automation', 'electronics'),
  ('robotics', 'Робототехника', 'Robotics', 'electronics'),
  ('iot', 'Интернет вещей', 'Internet of things', 'electronics'),
  ('ros', 'ROS', 'ROS', 'electronics')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('radio-engineering', 'Радиотехника', 'Radio engineering', 'radio'),
  ('microwave', 'СВЧ-техника', 'Microwave engineering', 'radio'),
  ('antenna-design', 'Проектирование антенн', 'Antenna design', 'radio'),
  ('dsp', 'Цифровая обработка сигналов', 'Digital signal processing', 'radio'),
  ('sdr', 'Программно-определяемое радио (SDR)', 'Software-defined radio', 'radio'),
  ('telecom', 'Телекоммуникационные системы', 'Telecommunication systems', 'radio'),
  ('satellite-comms', 'Спутниковая связь', 'Satellite communications', 'radio'),
  ('radar', 'Радиолокация', 'Radar systems', 'radio'),
  ('emc', 'Электромагнитная совместимость', 'Electromagnetic compatibility', 'radio'),
  ('optoelectronics', 'Оптоэлектроника', 'Optoelectronics', 'radio')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('nuclear-physics', 'Ядерная физика', 'Nuclear physics', 'energy'),
  ('nuclear-engineering', 'Ядерные энергетические установки', 'Nuclear power engineering', 'energy'),
  ('radiation-safety', 'Радиационная безопасность', 'Radiation safety', 'energy'),
  ('power-systems', 'Электроэнергетические системы', 'Electric power systems', 'energy'),
  ('relay-protection', 'Релейная защита и автоматика', 'Relay protection and automation', 'energy'),
  ('heat-engineering', 'Теплоэнергетика', 'Thermal power engineering', 'energy'),
  ('renewable-energy', 'Возобновляемая энергетика', 'Renewable energy', 'energy'),
  ('petroleum-geology', 'Геология нефти и газа', 'Petroleum geology', 'energy'),
  ('drilling', 'Бурение скважин', 'Well drilling', 'energy'),
  ('reservoir-engineering', 'Разработка нефтяных месторождений', 'Reservoir engineering', 'energy'),
  ('oil-gas-processing', 'Переработка нефти и газа', 'Oil and gas processing', 'energy'),
  ('pipelines', 'Трубопроводный транспорт', 'Pipeline engineering', 'energy'),
  ('geophysics', 'Геофизика', 'Geophysics', 'energy'),
  ('autocad', 'AutoCAD', 'AutoCAD', 'energy'),
  ('solidworks', 'SolidWorks', 'SolidWorks', 'energy'),
  ('compass-3d', 'КОМПАС-3D', 'KOMPAS-3D', 'energy'),
  ('ansys', 'ANSYS', 'ANSYS', 'energy'),
  ('materials-science', 'Материаловедение', 'Materials science', 'energy')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('clinical-research', 'Клинические исследования', 'Clinical research', 'biomed'),
  ('gcp', 'Надлежащая клиническая практика (GCP)', 'Good clinical practice (GCP)', 'biomed'),
  ('gmp', 'Надлежащая производственная практика (GMP)', 'Good manufacturing practice (GMP)', 'biomed'),
  ('pharmacology', 'Фармакология', 'Pharmacology', 'biomed'),
  ('pharmaceutical-technology', 'Фармацевтическая технология', 'Pharmaceutical technology', 'biomed'),
  ('medical-devices', 'Медицинские изделия', 'Medical devices', 'biomed'),
  ('bioinformatics', 'Биоинформатика', 'Bioinformatics', 'biomed'),
  ('molecular-biology', 'Молекулярная биология', 'Molecular biology', 'biomed'),
  ('cell-culture', 'Работа с клеточными культурами', 'Cell culture', 'biomed'),
  ('pcr', 'ПЦР-диагностика', 'PCR diagnostics', 'biomed'),
  ('biostatistics', 'Биостатистика', 'Biostatistics', 'biomed'),
  ('medical-imaging', 'Медицинская визуализация', 'Medical imaging', 'biomed')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('lab-analysis', 'Лабораторный анализ', 'Laboratory analysis', 'science'),
  ('analytical-chemistry', 'Аналитическая химия', 'Analytical chemistry', 'science'),
  ('organic-synthesis', 'Органический синтез', 'Organic synthesis', 'science'),
  ('chromatography', 'Хроматография', 'Chromatography', 'science'),
  ('spectroscopy', 'Спектроскопия', 'Spectroscopy', 'science'),
  ('electron-microscopy', 'Электронная микроскопия', 'Electron microscopy', 'science'),
  ('optics-lasers', 'Оптика и лазеры', 'Optics and lasers', 'science'),
  ('semiconductor-physics', 'Физика полупроводников', 'Semiconductor physics', 'science'),
  ('numerical-modeling', 'Численное моделирование', 'Numerical modelling', 'science'),
  ('comsol', 'COMSOL Multiphysics', 'COMSOL Multiphysics', 'science'),
  ('nanotechnology', 'Нанотехнологии', 'Nanotechnology', 'science'),
  ('ecology', 'Экологический мониторинг', 'Environmental monitoring', 'science'),
  ('scientific-writing', 'Написание научных статей', 'Scientific writing', 'science'),
  ('grant-writing', 'Подготовка грантовых заявок', 'Grant writing', 'science')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('product-management', 'Управление продуктом', 'Product management', 'business'),
  ('project-management', 'Управление проектами', 'Project management', 'business'),
  ('agile', 'Agile и Scrum', 'Agile and Scrum', 'business'),
  ('business-analysis', 'Бизнес-анализ', 'Business analysis', 'business'),
  ('system-analysis', 'Системный анализ', 'Systems analysis', 'business'),
  ('customer-development', 'Customer development', 'Customer development', 'business'),
  ('marketing', 'Маркетинг', 'Marketing', 'business'),
  ('digital-marketing', 'Интернет-маркетинг', 'Digital marketing', 'business'),
  ('sales', 'Продажи', 'Sales', 'business'),
  ('b2b-sales', 'Продажи B2B', 'B2B sales', 'business'),
  ('finance', 'Финансовый анализ', 'Financial analysis', 'business'),
  ('accounting', 'Бухгалтерский учёт', 'Accounting', 'business'),
  ('tech-transfer', 'Трансфер технологий', 'Technology transfer', 'business'),
  ('ip-law', 'Интеллектуальная собственность и патенты', 'Intellectual property and patents', 'business'),
  ('procurement', 'Закупки (44-ФЗ, 223-ФЗ)', 'Public procurement (44-FZ, 223-FZ)', 'business'),
  ('hr', 'Подбор персонала', 'Recruiting', 'business'),
  ('technical-writing', 'Техническая документация', 'Technical writing', 'business')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('1c-programming', 'Программирование 1С', '1C programming', 'erp'),
  ('1c-accounting', '1С:Бухгалтерия', '1C:Accounting', 'erp'),
  ('1c-erp', '1С:ERP', '1C:ERP', 'erp')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "talent_skills" ("code", "name_ru", "name_en", "category") VALUES
  ('ui-design', 'Дизайн интерфейсов', 'UI design', 'design'),
  ('ux-research', 'UX-исследования', 'UX research', 'design'),
  ('figma', 'Figma', 'Figma', 'design'),
  ('graphic-design', 'Графический дизайн', 'Graphic design', 'design'),
  ('3d-modeling', '3D-моделирование', '3D modelling', 'design'),
  ('industrial-design', 'Промышленный дизайн', 'Industrial design', 'design'),
  ('motion-design', 'Моушн-дизайн', 'Motion design', 'design')
ON CONFLICT DO NOTHING;
