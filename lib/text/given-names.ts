/**
 * Given names common in the region's news (Arabic, Kurdish, Turkish and Persian, in their usual
 * English spellings) that compromise's English lexicon lacks: without them "Zahran Alloush" or
 * "Hisham Marwah" would be two capitalised words and no person. Names that are also common
 * words or parts of other names in this news are left out: Jihad, Hayat, Nour, Wafa, Sham, Ban.
 */
export const GIVEN_NAMES: Record<'MaleName' | 'FemaleName', readonly string[]> = {
  MaleName: [
    'abdelbaset', 'abdulaziz', 'abdulkarim', 'abdullatif', 'abdulrahman', 'abdulsalam', 'adib', 'adnan', 'akram', 'aldar',
    'ammar', 'anas', 'asaad', 'ayham', 'ayman', 'bashar', 'bassam', 'bassel', 'binali', 'cemal', 'ebrahim', 'fadi', 'faisal',
    'fahd', 'fares', 'farid', 'farouk', 'fawaz', 'firas', 'fouad', 'ghaith', 'ghassan', 'ghazi', 'hadi', 'hafez', 'haitham', 'hakan',
    'haider', 'hamid', 'hani', 'hashem', 'hazem', 'hisham', 'hulusi', 'imad', 'issam', 'jaber', 'jamil', 'javad', 'khalil', 'kinan', 'louay',
    'maher', 'majid', 'mazen', 'mazloum', 'mevlut', 'moaz', 'mouaz', 'muath', 'munir', 'munther', 'nabil', 'nasser', 'nawaf',
    'nidal', 'nizar', 'obaida', 'qassem', 'qassim', 'qusay', 'raed', 'rafik', 'rami', 'rashid', 'riad', 'riyad', 'saad',
    'saleh', 'salih', 'salim', 'shadi', 'suheil', 'tarek', 'tariq', 'tayyip', 'wael', 'walid', 'yahya', 'yasser', 'yousef', 'zahran',
    'zaid', 'ziad', 'zouhir', 'zuhair',
  ],
  FemaleName: ['hadiya', 'ilham', 'lama', 'razan', 'rima', 'yara'],
};
